using System;
using System.IO;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>Bad input gives one line on standard error, exit code 2, no stack trace and no output file; a failed fit exits 1.</summary>
public sealed class ToolBadInputTests : ToolTestFolder
{
    public ToolBadInputTests()
    {
        File.WriteAllText(At("wrong-header.csv"), "ID,freq,recency,T\n1,0,0,4\n");
        File.WriteAllText(At("not-a-number.csv"), "ID,frequency,recency,T\n1,2,3,4\n2,2,abc,4\n");
        File.WriteAllText(At("recency-after-age.csv"), "ID,frequency,recency,T\n1,2,5,4\n");
        File.WriteAllText(At("no-spend.csv"), "ID,frequency,recency,T\n1,2,3,4\n");
        File.WriteAllText(At("tiny.csv"), "ID,frequency,recency,T,monetary_value\n1,2,3,4,10.5\n2,0,0,4,0\n");
        File.WriteAllText(At("bg.json"), """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""");
        File.WriteAllText(At("gg.json"), """{"p":6.25,"q":3.74,"gamma":15.44}""");
        File.WriteAllText(At("gg-q-below-1.json"), """{"p":6.25,"q":0.9,"gamma":15.44}""");
        File.WriteAllText(At("log.csv"), "ID,date,amount\na,2024-01-03,10\na,2024-13-03,10\n");
        File.WriteAllText(At("log-negative.csv"), "ID,date,amount\na,2024-01-03,10\na,2024-01-04,-3\n");
        File.WriteAllText(At("cdnow-bad.txt"), " 00001 19970101  1   11.77\n 00002 19970112  1\n");
        File.WriteAllText(At("cohorts-growing.csv"), "regular,1000,631,700\n");
        File.WriteAllText(At("duplicate-id.csv"), "ID,frequency,recency,T,monetary_value\n1,2,3,4,10.5\n1,1,2,4,12\n2,0,0,4,0\n");
        // Issue 10: a single line past the 1 MiB limit (a 1.15 GB line once exhausted memory) is refused before reading.
        File.WriteAllText(At("long-line.csv"), "ID,date,amount\n" + new string('9', (1 << 20) + 1) + ",2024-01-03,10\n");
    }

    [SkippableTheory]
    [InlineData("missing file", "fit --summary {dir}/absent.csv --model bgnbd", null)]
    [InlineData("wrong header", "fit --summary {dir}/wrong-header.csv --model bgnbd", "no column frequency or x")]
    [InlineData("not a number", "fit --summary {dir}/not-a-number.csv --model bgnbd", "line 3: recency 'abc' is not a number")]
    [InlineData("recency after T", "fit --summary {dir}/recency-after-age.csv --model bgnbd", "line 2:")]
    [InlineData("unknown model", "fit --summary {dir}/tiny.csv --model bgbnd", "'bgbnd' not recognized")]
    [InlineData("no spend column", "fit --summary {dir}/no-spend.csv --model gammagamma", "needs a spend column")]
    [InlineData("spend model as purchase model", "score --summary {dir}/tiny.csv --params {dir}/gg.json --spend-params {dir}/gg.json --horizon 4 --discount-rate 0", "--params must hold")]
    [InlineData("spend mean infinite", "score --summary {dir}/tiny.csv --params {dir}/bg.json --spend-params {dir}/gg-q-below-1.json --horizon 4 --discount-rate 0", "q = 0.9")]
    [InlineData("not JSON", "score --summary {dir}/tiny.csv --params {dir}/tiny.csv --spend-params {dir}/gg.json --horizon 4 --discount-rate 0", "not a valid model file")]
    [InlineData("horizon not whole", "score --summary {dir}/tiny.csv --params {dir}/bg.json --spend-params {dir}/gg.json --horizon 1.5 --discount-rate 0", "--horizon must be a whole number")]
    [InlineData("bad date", "summarize --transactions {dir}/log.csv --calibration-end 2024-06-30", "line 3: '2024-13-03' is not a date")]
    [InlineData("negative amount", "summarize --transactions {dir}/log-negative.csv --calibration-end 2024-06-30", "line 3:")]
    [InlineData("no such column", "summarize --transactions {dir}/log.csv --id customer --calibration-end 2024-06-30", "no column 'customer' (--id)")]
    [InlineData("CDNOW short line", "summarize --transactions {dir}/cdnow-bad.txt --format cdnow --calibration-end 1997-09-30", "line 2:")]
    [InlineData("bad calibration end", "summarize --transactions {dir}/log.csv --calibration-end 30/06/2024", "is not a date yyyy-MM-dd")]
    [InlineData("over-long line", "summarize --transactions {dir}/long-line.csv --calibration-end 2024-06-30", "line 2: longer than 1,048,576 bytes")]
    [InlineData("over-long line in a summary", "fit --summary {dir}/long-line.csv --model bgnbd", "line 2: longer than 1,048,576 bytes")]
    [InlineData("a customer twice", "score --summary {dir}/duplicate-id.csv --params {dir}/bg.json --spend-params {dir}/gg.json --horizon 4 --discount-rate 0", "'1' appears twice")]
    [InlineData("growing cohort", "retention --cohorts {dir}/cohorts-growing.csv", "line 1:")]
    [InlineData("no command", "", "Required command was not provided")]
    public void Bad_input_gives_one_line_exit_code_2_and_no_output_file(string problem, string command, string? says)
    {
        var target = At("out.csv");
        var args = (command.Replace("{dir}", Folder, StringComparison.Ordinal) + " --output " + target).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (command.Length == 0)
        {
            args = [];
        }

        var (code, output, error) = Tool.Run(args);

        Assert.True(code == 2, $"{problem}: exit {code}, stderr {error}");
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        if (says is not null)
        {
            Assert.Contains(says, error, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(target), $"{problem}: a partial output file was left");
        Assert.Empty(Directory.GetFiles(Folder, "*.tmp"));
    }

    [SkippableFact]
    public void A_failed_write_leaves_an_earlier_output_file_as_it_was()
    {
        File.WriteAllText(At("out.json"), "earlier");
        var (code, _, _) = Tool.Run("fit", "--summary", At("not-a-number.csv"), "--model", "bgnbd", "--output", At("out.json"));
        Assert.Equal(2, code);
        Assert.Equal("earlier", File.ReadAllText(At("out.json")));
    }

    [SkippableFact]
    public void A_fit_the_data_cannot_identify_prints_the_reason_and_exits_1()
    {
        File.WriteAllText(At("no-repeat-buyers.csv"), "ID,frequency,recency,T,monetary_value\n1,0,0,4,0\n2,0,0,5,0\n");

        var (code, output, error) = Tool.Run("fit", "--summary", At("no-repeat-buyers.csv"), "--model", "gammagamma", "--output", At("gg-out.json"));

        Assert.Equal(1, code);
        Assert.StartsWith("error: the Gamma-Gamma fit did not converge (NotIdentified)", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(At("gg-out.json")));
    }

    [SkippableFact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var (code, output, _) = Tool.Run("--help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "summarize", "fit", "score", "retention" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }
}
