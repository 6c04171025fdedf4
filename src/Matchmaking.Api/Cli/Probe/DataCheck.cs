using System.Text.Json;

namespace Matchmaking.Api.Cli.Probe;

/// <summary>What must hold of a clean answer's data (a hidden contact is null, with its reason), in words for the report.</summary>
public sealed record DataCheck(string Says, Func<JsonElement, bool> Holds);
