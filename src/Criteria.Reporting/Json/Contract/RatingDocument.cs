using Criteria.Catalog;
using Criteria.Profiles;

namespace Criteria.Json.Contract;

internal sealed class RatingDocument : ContractObject
{
    public Dictionary<string, ExactDecimal?>? Weights { get; set { field = value; Seen(1); } }

    public Cohort? Cohort { get; set { field = value; Seen(2); } }

    public ExactDecimal? MinCoverage { get; set { field = value; Seen(3); } }
}
