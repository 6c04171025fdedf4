using System.Text;
using System.Text.Json;

namespace Matchmaking.Core.Seed;

/// <summary>An output file written one line at a time: JSON lines or plain text, UTF-8 without BOM, '\n' endings.</summary>
internal sealed class JsonLinesFile : IAsyncDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly FileStream stream;

    public JsonLinesFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
    }

    public async ValueTask WriteAsync<T>(T record, CancellationToken ct)
    {
        await stream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(record, SeedJson.Options), ct);
        await stream.WriteAsync(NewLine, ct);
    }

    public async ValueTask WriteLineAsync(string line, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(line), ct);
        await stream.WriteAsync(NewLine, ct);
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
