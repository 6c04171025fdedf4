using System.Text.Json;

namespace Matchmaking.Core.Seed;

/// <summary>Reads seed files back one record at a time, with the options they were written with.</summary>
public static class SeedReader
{
    /// <summary>
    /// The records of a JSON-lines file, lazily: the file is open only while the sequence is
    /// enumerated, and only one line is in memory at a time. Blank lines are skipped.
    /// </summary>
    public static IEnumerable<T> Read<T>(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T? record;
            try
            {
                record = JsonSerializer.Deserialize<T>(line, SeedJson.Options);
            }
            catch (JsonException e)
            {
                // The line number is what someone fixing a hand-edited seed file needs.
                throw new InvalidDataException($"{path}:{lineNumber}: {e.Message}", e);
            }

            yield return record ?? throw new InvalidDataException($"{path}:{lineNumber}: the line is JSON null.");
        }
    }

    /// <summary>The same as <see cref="Read{T}"/>, without blocking on file reads.</summary>
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        int lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T? record = JsonSerializer.Deserialize<T>(line, SeedJson.Options);
            yield return record ?? throw new InvalidDataException($"{path}:{lineNumber}: the line is JSON null.");
        }
    }
}
