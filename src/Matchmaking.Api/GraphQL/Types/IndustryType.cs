using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class IndustryType : EnumerationGraphType<Industry>
{
    public IndustryType()
    {
        Name = "Industry";
        Description = "The province's ten emerging industries (十大新兴产业) and OTHER.";
        foreach (var value in Values)
        {
            if (value.Value is Industry industry)
            {
                value.Description = industry.Chinese();
            }
        }
    }
}
