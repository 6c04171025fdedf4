using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed.Vocabulary;

/// <summary>
/// One technical topic of an industry. The synonym arrays let the demand and the achievement that
/// answers it name the same thing differently; <see cref="Pains"/> are how an enterprise describes
/// the trouble, <see cref="Methods"/> how a lab describes its answer.
/// </summary>
internal sealed record Topic(
    Industry Industry,
    string Discipline,
    string[] Objects,
    string[] Tasks,
    string[] Pains,
    string[] Methods,
    string[] Terms,
    Indicator[] Indicators,
    Aspect[] Aspects);

/// <summary>
/// A specific sub-problem of a topic. <see cref="Need"/> is the enterprise's wording, <see cref="Offer"/>
/// the lab's wording of the same thing, <see cref="Keyword"/> a short tag.
/// </summary>
internal sealed record Aspect(string Need, string Offer, string Keyword);
