using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Hardening;

/// <summary>
/// Issue 10: docs/errors.md lists every exception type that a public member documents with <c>&lt;exception&gt;</c>, so a
/// caller reading one page knows everything a call can throw.
/// </summary>
public sealed class DocumentedExceptionsTests
{
    [Fact]
    public void Every_exception_type_named_in_the_xml_docs_is_in_the_errors_page()
    {
        // The package's XML documentation is copied beside the test assembly by the build.
        var xmlPath = Path.Combine(AppContext.BaseDirectory, "PrivateTraffic.Core.xml");
        var documented = XDocument.Load(xmlPath).Descendants("exception")
            .Select(e => (string?)e.Attribute("cref"))
            .OfType<string>()
            .Select(cref => cref.StartsWith("T:", StringComparison.Ordinal) ? cref[2..] : cref)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(documented);

        var table = ExceptionTable();
        var missing = documented.Where(type => !table.Contains("`" + type.Split('.').Last() + "`", StringComparison.Ordinal)
            && !table.Contains("`" + type + "`", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "docs/errors.md does not list: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_errors_page_lists_no_type_that_no_member_documents()
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PrivateTraffic.Core.xml"));
        var listed = ExceptionTable().Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('`')[1])
            .ToArray();
        Assert.NotEmpty(listed);
        Assert.All(listed, type => Assert.Contains(type.Contains('.', StringComparison.Ordinal) ? "T:" + type : "." + type + "\"", xml, StringComparison.Ordinal));
    }

    private static string ExceptionTable()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "errors.md"));
        const string Heading = "## Every exception type a public member documents";
        var start = page.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/errors.md has no section '" + Heading + "'");
        var end = page.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        return page[start..(end < 0 ? page.Length : end)];
    }
}
