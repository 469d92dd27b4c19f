using System.Reflection;
using Npgsql;

namespace PoolCluster.Hosting;

/// <summary>
/// Creates Orleans' ADO.NET tables and queries on a PostgreSQL database: the main, clustering and persistence scripts
/// from the Orleans repository (Sql/, embedded), which the Orleans packages do not ship. Runs once per database.
/// </summary>
public static class OrleansSchema
{
    private static readonly string[] Scripts = ["PostgreSQL-Main.sql", "PostgreSQL-Clustering.sql", "PostgreSQL-Persistence.sql"];

    /// <summary>Creates the tables unless they exist (the OrleansQuery table is the marker).</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether the scripts ran (false: the schema was already there).</returns>
    public static async Task<bool> EnsureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansquery') IS NOT NULL", connection))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                return false;
            }
        }

        foreach (var script in Scripts)
        {
            await using var command = new NpgsqlCommand(Read(script), connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return true;
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"PoolCluster.Sql.{name}")
            ?? throw new InvalidOperationException($"The embedded script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
