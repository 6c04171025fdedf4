using System.CommandLine;
using Matchmaking.Core.Search.Evaluation;

namespace Matchmaking.Api.Cli;

/// <summary>--folds K --fold I: the document split shared by train-ranker (trains outside fold I) and eval (measures fold I).</summary>
internal sealed record SplitOptions(Option<int> Folds, Option<int> Fold)
{
    public static SplitOptions Create(string foldDescription) => new(
        new Option<int>("--folds") { Description = "Split the corpus into K folds by a stable hash of the document id (0 = no split)." },
        new Option<int>("--fold") { Description = foldDescription });

    public BeirDataset Apply(ParseResult parse, BeirDataset dataset, bool complement)
    {
        int folds = parse.GetValue(Folds);
        return folds > 1 ? dataset.Split(folds, parse.GetValue(Fold), complement) : dataset;
    }
}
