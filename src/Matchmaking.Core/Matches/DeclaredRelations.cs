namespace Matchmaking.Core.Matches;

/// <summary>Which active declarations (declareConflict) link a match's demanding enterprise with its candidate's side.</summary>
public sealed record DeclaredRelations(bool Conflict, bool Affiliate);
