using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>The reference service started in process (WebApplicationFactory) on a given SQLite file; a new one on the
/// same file is a restart.</summary>
public sealed class ServiceHost : WebApplicationFactory<Program>
{
    private readonly string _database;
    private readonly string _environment;
    private readonly int _snapshotEvery;

    public ServiceHost(string database, int snapshotEvery = 5, string environment = "Production")
    {
        _database = database;
        _snapshotEvery = snapshotEvery;
        _environment = environment;
        Client = CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>A new file path in a new temporary folder.</summary>
    public static string NewDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pt-service-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "pools.db");
    }

    /// <summary>Deletes a database's folder (after closing SQLite's pooled connections to it).</summary>
    public static void Delete(string database)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    public Task<HttpResponseMessage> Post(string path, string json) =>
        Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<string> PostOk(string path, string json)
    {
        using var response = await Post(path, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    public async Task<string> GetOk(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    public Task<string> Open(string pool, int? capacity = null, string at = "2026-11-01T00:00:00Z") =>
        PostOk("/pools", $$"""
            {"type":"poolCreated","owner":"Brand A","channel":"wechat:{{pool}}","kind":"personalWeChat","subPools":["prospects","customers"],
             "capacity":{{(capacity is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}},"qrCodeJoinLimit":null,"eventId":"open-{{pool}}","pool":"{{pool}}","at":"{{at}}"}
            """);

    public static string Capture(string eventId, string member, string at = "2026-11-02T00:00:00Z", string tags = "[]") =>
        $$"""{"eventId":"{{eventId}}","member":"{{member}}","source":"counter-sample","at":"{{at}}","tags":{{tags}}}""";

    public static string Purchase(string eventId, string member, string yuan = "199.00", string at = "2026-11-03T00:00:00Z", string category = "skincare") =>
        $$"""{"eventId":"{{eventId}}","member":"{{member}}","category":"{{category}}","amount":{"amount":"{{yuan}}","currency":"CNY"},"at":"{{at}}"}""";

    public static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("PoolService:DatabasePath", _database);
        builder.UseSetting("PoolService:SnapshotEvery", _snapshotEvery.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Every text value in every table of the file, with the table's name (for erasure checks).</summary>
    public static List<(string Table, string Text)> AllText(string database)
    {
        var found = new List<(string, string)>();
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        found.Add((table, Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
                    }
                }
            }
        }

        return found;
    }
}
