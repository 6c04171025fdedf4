namespace Matchmaking.Core.Search.Pipeline;

public sealed record SignalShare(string Name, double Value, double Share);
