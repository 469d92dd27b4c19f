using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>The checks the route tests share: a problem's status and code, and no stack trace in a body.</summary>
public static class ServiceRouteAsserts
{
    public static async Task<string> Expect(Task<HttpResponseMessage> call, HttpStatusCode status, string code)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{code}: {(int)response.StatusCode} {text}");
        Assert.Equal(code, ServiceHost.Json(text).GetProperty("code").GetString());
        NoStackTrace(text);
        return text;
    }

    public static void NoStackTrace(string text)
    {
        Assert.DoesNotMatch(@"\bat [\w.`<>]+\.[\w<>]+\(", text);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
