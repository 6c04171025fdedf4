using System.Globalization;
using System.Text.RegularExpressions;

namespace Matchmaking.Api.Cli.Soak;

/// <summary>
/// The server's resident memory: VmRSS of --pid from /proc (same machine), else a process working-set
/// gauge on /metrics when the service exposes one; null when neither is available.
/// </summary>
public sealed partial class ServerMemory(HttpClient client, int? pid)
{
    public string Source => pid is { } p ? $"/proc/{p}/status VmRSS" : "/metrics working set";

    public async Task<long?> ReadBytesAsync(CancellationToken ct)
    {
        if (pid is { } p)
        {
            string path = $"/proc/{p}/status";
            if (!File.Exists(path))
            {
                return null;
            }

            var line = (await File.ReadAllLinesAsync(path, ct)).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture) * 1024;
        }

        try
        {
            using var response = await client.GetAsync("/metrics", ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var match = WorkingSet().Match(await response.Content.ReadAsStringAsync(ct));
            return match.Success ? (long)double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
        catch (HttpRequestException)
        {
            // No metrics endpoint on this build: memory is reported as unknown.
            return null;
        }
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:process_working_set_bytes|dotnet_process_memory_working_set_bytes|process_resident_memory_bytes)(?:\{[^}]*\})?\s+([0-9.eE+]+)", RegexOptions.Multiline)]
    private static partial Regex WorkingSet();
}
