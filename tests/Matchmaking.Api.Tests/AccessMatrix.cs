using Matchmaking.Api.Auth;

namespace Matchmaking.Api.Tests;

/// <summary>
/// Every root field × every role: "ok" or the extensions.code the caller must get. Owners are the
/// owners of the test's own World; the match is at SUGGESTED, so no contact is revealed by it yet.
/// Contacts are data: shown or hidden (null, with contactVisibility saying why), never a per-row error.
/// </summary>
public static class AccessMatrix
{
    public const string Ok = "ok";

    /// <summary>The listing comes back with its contact filled in and contactVisibility.visible true.</summary>
    public const string Shown = "shown";

    /// <summary>The listing comes back, contact null and contactVisibility.visible false: data, not an error.</summary>
    public const string Hidden = "hidden";
    private const string Unauth = "UNAUTHENTICATED";
    private const string Forbid = "FORBIDDEN";

    public static readonly string?[] RolesUnderTest = [null, Roles.Enterprise, Roles.Researcher, Roles.Broker, Roles.Admin];

    /// <summary>Field name, document, root field in data, then expectations for anonymous, ENTERPRISE, RESEARCHER, BROKER, ADMIN.</summary>
    public static readonly (string Name, Func<World, string> Document, string Root, string[] Expect)[] Cases =
    [
        ("node", w => $$"""{ node(id: "{{w.Demand}}") { id ... on Demand { title } } }""", "node", [Ok, Ok, Ok, Ok, Ok]),
        ("demand", w => $$"""{ demand(id: "{{w.Demand}}") { id title budgetMin { amount currency } cooperationModes enterprise { name } } }""", "demand", [Ok, Ok, Ok, Ok, Ok]),
        ("achievement", w => $$"""{ achievement(id: "{{w.Achievement}}") { id title askingPrice { amount } team { totalCount edges { node { name } } } } }""", "achievement", [Ok, Ok, Ok, Ok, Ok]),
        ("expert", w => $$"""{ expert(id: "{{w.Expert}}") { id name keywords } }""", "expert", [Ok, Ok, Ok, Ok, Ok]),
        ("enterprise", w => $$"""{ enterprise(id: "{{w.Enterprise}}") { id name creditCode } }""", "enterprise", [Ok, Ok, Ok, Ok, Ok]),
        ("demands", w => $$"""{ demands(first: 5, filter: { enterpriseId: "{{w.Enterprise}}" }) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""", "demands", [Ok, Ok, Ok, Ok, Ok]),
        ("achievements", w => $$"""{ achievements(first: 5, filter: { minTrl: 6, titleContains: "{{w.Tag}}" }) { totalCount edges { node { id trl } } } }""", "achievements", [Ok, Ok, Ok, Ok, Ok]),
        ("experts", w => $$"""{ experts(first: 5, orderBy: TITLE_ASC, filter: { nameContains: "{{w.Tag}}" }) { totalCount edges { node { id } } } }""", "experts", [Ok, Ok, Ok, Ok, Ok]),
        ("enterprises", w => $$"""{ enterprises(first: 5, filter: { region: "合肥市" }) { totalCount edges { node { id } } } }""", "enterprises", [Ok, Ok, Ok, Ok, Ok]),
        ("search", _ => """{ search(text: "锂电池", first: 3) { totalCount } }""", "search", [Ok, Ok, Ok, Ok, Ok]),
        ("matches", _ => """{ matches(first: 10) { totalCount edges { node { id stage } } } }""", "matches", [Unauth, Ok, Ok, Ok, Ok]),
        ("match", w => $$"""{ match(id: "{{w.Match}}") { id stage candidate { ... on Expert { name } } } }""", "match", [Unauth, Ok, Ok, Ok, Ok]),
        ("viewer", _ => """{ viewer { isAuthenticated subject role savedSearches { totalCount edges { node { id } } } } }""", "viewer", [Ok, Ok, Ok, Ok, Ok]),
        ("demand.contact", w => $$"""{ demand(id: "{{w.Demand}}") { contact { phone } contactVisibility { visible reason } } }""", "demand", [Hidden, Shown, Hidden, Hidden, Shown]),
        ("expert.contact", w => $$"""{ expert(id: "{{w.Expert}}") { contact { phone } contactVisibility { visible reason } } }""", "expert", [Hidden, Hidden, Shown, Hidden, Shown]),
        ("postDemand", w => $$"""mutation { postDemand(input: { enterpriseId: "{{w.Enterprise}}", title: "新需求", description: "描述", budgetMin: { amount: "1000.00" }, cooperationModes: [LICENSE] }) { demand { id budgetMin { amount } } userErrors { field code } } }""", "postDemand", [Unauth, Ok, Forbid, Forbid, Ok]),
        ("updateDemand", w => $$"""mutation { updateDemand(input: { id: "{{w.Demand}}", title: "改后的标题" }) { demand { title } userErrors { code } } }""", "updateDemand", [Unauth, Ok, Forbid, Forbid, Ok]),
        ("closeDemand", w => $$"""mutation { closeDemand(input: { id: "{{w.Demand}}" }) { demand { status } userErrors { code } } }""", "closeDemand", [Unauth, Ok, Forbid, Forbid, Ok]),
        ("publishAchievement", _ => """mutation { publishAchievement(input: { title: "新成果", abstract: "摘要", trl: 4, ipForm: KNOW_HOW }) { achievement { id } userErrors { code } } }""", "publishAchievement", [Unauth, Forbid, Ok, Forbid, Ok]),
        ("updateAchievement", w => $$"""mutation { updateAchievement(input: { id: "{{w.Achievement}}", askingPrice: { amount: "900000.00" } }) { achievement { askingPrice { amount } } userErrors { code } } }""", "updateAchievement", [Unauth, Forbid, Ok, Forbid, Ok]),
        ("upsertExpert", w => $$"""mutation { upsertExpert(input: { id: "{{w.Expert}}", name: "张教授", openToProjects: false }) { expert { name } userErrors { code } } }""", "upsertExpert", [Unauth, Forbid, Ok, Forbid, Ok]),
        ("registerEnterprise", _ => $$"""mutation { registerEnterprise(input: { name: "新企业", creditCode: "{{World.NewCreditCode()}}", size: SMALL }) { enterprise { id } userErrors { code } } }""", "registerEnterprise", [Unauth, Ok, Forbid, Forbid, Ok]),
        ("proposeMatch", w => $$"""mutation { proposeMatch(input: { demandId: "{{w.Demand}}", candidateId: "{{w.Achievement}}" }) { match { stage } userErrors { code } } }""", "proposeMatch", [Unauth, Forbid, Forbid, Ok, Ok]),
        ("advanceMatch", w => $$"""mutation { advanceMatch(input: { matchId: "{{w.Match}}", to: SHORTLISTED }) { match { stage } userErrors { code } } }""", "advanceMatch", [Unauth, Forbid, Forbid, Ok, Ok]),
        ("rejectMatch", w => $$"""mutation { rejectMatch(input: { matchId: "{{w.Match}}", reason: PRICE, note: "报价过高" }) { match { stage rejectReason } userErrors { code } } }""", "rejectMatch", [Unauth, Forbid, Forbid, Ok, Ok]),
        ("giveFeedback", w => $$"""mutation { giveFeedback(input: { matchId: "{{w.Match}}", useful: true }) { match { feedback } userErrors { code } } }""", "giveFeedback", [Unauth, Ok, Ok, Ok, Ok]),
        ("assignMatch", w => $$"""mutation { assignMatch(input: { matchId: "{{w.Match}}", brokerSubject: "broker-next-{{w.Tag}}", reason: "改派" }) { match { broker } userErrors { code } } }""", "assignMatch", [Unauth, Forbid, Forbid, Forbid, Ok]),
        ("addMatchNote", w => $$"""mutation { addMatchNote(input: { matchId: "{{w.Match}}", note: "已约见" }) { match { id } userErrors { code } } }""", "addMatchNote", [Unauth, Forbid, Forbid, Ok, Ok]),
        ("saveSearch", _ => """mutation { saveSearch(input: { name: "电池检测", text: "锂电池 缺陷检测", kinds: [ACHIEVEMENT] }) { savedSearch { id kinds } userErrors { code } } }""", "saveSearch", [Unauth, Ok, Ok, Ok, Ok]),
        ("requestReindex", _ => """mutation { requestReindex(input: {}) { commandId userErrors { code } } }""", "requestReindex", [Unauth, Forbid, Forbid, Forbid, Ok]),
        ("requestRetrain", _ => """mutation { requestRetrain(input: { model: RANKER }) { jobId userErrors { code } } }""", "requestRetrain", [Unauth, Forbid, Forbid, Forbid, Ok]),
    ];

    public static IEnumerable<object?[]> Rows() =>
        from c in Cases
        from i in Enumerable.Range(0, RolesUnderTest.Length)
        select new object?[] { c.Name, RolesUnderTest[i] ?? "ANONYMOUS" };
}
