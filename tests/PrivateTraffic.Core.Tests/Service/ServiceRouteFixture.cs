using System;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>One service on one temporary file, shared by a test class (each test uses its own pools).</summary>
public sealed class ServiceRouteFixture : IDisposable
{
    public ServiceRouteFixture()
    {
        Database = ServiceHost.NewDatabase();
        Host = new ServiceHost(Database);
    }

    public string Database { get; }

    public ServiceHost Host { get; }

    /// <summary>The SOP plan's body: the golden counter-sample SOP and the golden reach policy.</summary>
    public static string SopPlanBody(string? sop = null, string? policy = null) =>
        $$"""{"sop":{{sop ?? Support.Golden.Read("engagement/sop", "counter-sample.json")}},"policy":{{policy ?? Support.Golden.Read("engagement/reach", "policy.json")}}}""";

    public void Dispose()
    {
        Host.Dispose();
        ServiceHost.Delete(Database);
    }
}
