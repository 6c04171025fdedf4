using GraphQL.Types;
using Matchmaking.Api.Jobs;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class RetrainModelType : EnumerationGraphType<RetrainModel>
{
    public RetrainModelType()
    {
        Name = "RetrainModel";
        Description = "A model of the rerank step: RANKER, the learned scorer (from broker decisions on matches); EMBEDDINGS, the project's own listing embedding model.";
    }
}
