using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Matches;

/// <summary>Builds match history entries and checks the notes that come with them, for every service that changes a match.</summary>
internal static class MatchHistory
{
    public const int MaxNoteLength = 2000;

    public static MatchEvent Entry(Guid matchId, MatchEventKind kind, string actor, DateTimeOffset at, MatchStage? from, MatchStage? to, string? note) => new()
    {
        Id = Guid.CreateVersion7(at),
        MatchId = matchId,
        Kind = kind,
        ActorSubject = actor,
        At = at,
        FromStage = from,
        ToStage = to,
        Note = note,
    };

    /// <summary>A claim or an assignment: the broker before and after.</summary>
    public static MatchEvent BrokerChange(Guid matchId, MatchEventKind kind, string actor, DateTimeOffset at, MatchStage stage, string? fromBroker, string? toBroker, string? note)
    {
        var entry = Entry(matchId, kind, actor, at, stage, stage, note);
        entry.FromBroker = fromBroker;
        entry.ToBroker = toBroker;
        return entry;
    }

    public static void CheckNote(string? note, string field = "note")
    {
        if (note is { Length: > MaxNoteLength })
        {
            throw new ValidationException([new ValidationError(field, ErrorCodes.TooLong, $"{field} may have at most {MaxNoteLength} characters.")]);
        }

        if (UnicodeText.Problem(note) is { } problem)
        {
            throw new ValidationException([new ValidationError(field, ErrorCodes.InvalidCharacters, $"{field} contains {problem}; send valid Unicode text.")]);
        }
    }

    /// <summary>A reason or note that must be given: REQUIRED when blank.</summary>
    public static string RequireText(string? text, string field)
    {
        CheckNote(text, field);
        return string.IsNullOrWhiteSpace(text)
            ? throw new ValidationException([new ValidationError(field, ErrorCodes.Required, $"{field} is required.")])
            : text.Trim();
    }
}
