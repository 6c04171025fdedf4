// Example operations per user group, opened as GraphiQL's default tabs and listed in README.md.
// Tokens: dotnet run --project src/Matchmaking.Api -- token --role ENTERPRISE --subject ent-1
const auth = '{"Authorization": "Bearer <paste a token from the token verb>"}';

export const examples = [
  {
    query: `# Frontend / anyone: search and browse public listings (no token needed).
query Browse {
  search(text: "锂电池 缺陷检测", first: 5) { totalCount edges { id kind title score highlights { snippet } } }
  demands(first: 5, filter: { status: OPEN }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title industry budgetMin budgetMax currency deadline requiredTrl cooperationModes enterprise { name region } } }
  }
  viewer { isAuthenticated subject role }
}`,
  },
  {
    query: `# SME (企业, role ENTERPRISE): register your enterprise, then post a demand with its id.
mutation RegisterEnterprise {
  registerEnterprise(input: { name: "合肥示例科技有限公司", creditCode: "91340100MA2N0X0X0X", industry: NEW_ENERGY_VEHICLES, region: "合肥市", size: SMALL,
                              contact: { person: "王经理", phone: "0551-12345678" } }) {
    enterprise { id name }
    userErrors { field message code }
  }
}

mutation PostDemand($enterpriseId: ID!) {
  postDemand(input: { enterpriseId: $enterpriseId, title: "锂电池极片表面缺陷在线检测", description: "需要基于机器视觉的在线检测方案，节拍 60 m/min。",
                      keywords: ["机器视觉", "缺陷检测"], industry: NEW_ENERGY_VEHICLES, region: "合肥市",
                      budgetMin: "100000.00", budgetMax: "500000.00", requiredTrl: 6, cooperationModes: [JOINT_DEVELOPMENT, TRANSFER] }) {
    demand { id title budgetMin currency status }
    userErrors { field message code }
  }
}`,
    variables: '{ "enterpriseId": "<id from registerEnterprise>" }',
    headers: auth,
  },
  {
    query: `# Researcher (科研人员, role RESEARCHER): publish an achievement, keep an expert profile, find open demands.
mutation Publish {
  publishAchievement(input: { title: "基于深度学习的锂电池缺陷检测技术", abstract: "极片表面缺陷的在线检测，准确率 99.2%。", trl: 6,
                              ipForm: INVENTION_PATENT, ipNumber: "ZL202110123456.7", industry: NEW_ENERGY_VEHICLES,
                              cooperationModes: [LICENSE, TRANSFER], askingPrice: "800000.00" }) {
    achievement { id title trl askingPrice }
    userErrors { field message code }
  }
  upsertExpert(input: { name: "张明", title: "教授", researchFields: ["机器视觉"], keywords: ["缺陷检测", "深度学习"], openToProjects: true,
                        contact: { email: "zhang@example.edu.cn" } }) {
    expert { id name }
    userErrors { field message code }
  }
}

query OpenDemands {
  demands(first: 10, filter: { status: OPEN, industry: NEW_ENERGY_VEHICLES }) { edges { node { id title region budgetMax } } }
  viewer { achievements { id title } experts { id name } }
}`,
    headers: auth,
  },
  {
    query: `# Broker (技术经纪人, role BROKER): propose a match, move it forward, reject with a reason.
mutation Propose($demandId: ID!, $candidateId: ID!) {
  proposeMatch(input: { demandId: $demandId, candidateId: $candidateId, note: "技术路线吻合" }) { match { id stage } userErrors { code message } }
}

mutation Advance($matchId: ID!) {
  advanceMatch(input: { matchId: $matchId, to: SHORTLISTED }) { match { id stage } userErrors { code message } }
}

mutation Reject($matchId: ID!) {
  rejectMatch(input: { matchId: $matchId, reason: PRICE, note: "报价超出预算" }) { match { id stage rejectReason } userErrors { code message } }
}

query MyMatches {
  matches(first: 20, filter: { mine: true }) {
    totalCount
    edges { node { id stage broker demand { title enterprise { name } } candidate { ... on Achievement { title } ... on Expert { name } } } }
  }
}`,
    variables: '{ "demandId": "<Demand id>", "candidateId": "<Achievement or Expert id>", "matchId": "<Match id>" }',
    headers: auth,
  },
];
