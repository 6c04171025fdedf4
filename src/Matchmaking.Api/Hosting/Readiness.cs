namespace Matchmaking.Api.Hosting;

/// <summary>Set once the database is migrated and seeded and the index is open; /healthz reports it.</summary>
public sealed class Readiness
{
    private volatile string? failure;
    private volatile bool ready;

    public bool IsReady => ready;

    public string? Failure => failure;

    public void MarkReady() => ready = true;

    public void MarkFailed(string reason) => failure = reason;
}
