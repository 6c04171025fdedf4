// GraphiQL's default tabs, one per user group, each with the operations that group uses, in the order they
// run. They run on a fresh clone against the seed set (GraphiQLBrowserTests runs every operation of every
// tab; tools/codegen type-checks them and puts them in the persisted-query manifest).
// Tokens: dotnet run --project src/Matchmaking.Api -- token --role <role> --subject <role in lower case>-1
// A variable "<Op: path>" is a value from the result of operation Op in the same tab (paste it from the
// result pane); "<this month>" is the current month, yyyy-MM (UTC).
const auth = '{"Authorization": "Bearer <paste a token from the token verb>"}';

// Seeded listings (seed-data/): a battery-materials demand and a battery-electrode inspection achievement.
const seededDemand = 'RGVtYW5kOmMyMzcyOTA1NDNhZjQwM2RhODU0ODE3MTU1YTY1ZDgy';
const seededAchievement = 'QWNoaWV2ZW1lbnQ6MTcwNzdjZDBmMzU1NDEzY2JjNjYzYjViOWQwNmUwNDM';

export const examples = [
  {
    group: '公众 / anyone',
    role: null,
    query: `# 公众 (anyone, no token): search and browse public listings.
query Browse {
  search(text: "锂电池 缺陷检测", first: 5) {
    totalCount
    edges { score node { id kind displayName ... on Achievement { trl askingPrice { amount currency } } } highlights { snippet } }
    facets { name values { value label count } }
  }
  demands(first: 5, filter: { status: OPEN }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title industry budgetMin { amount currency } budgetMax { amount currency } deadline requiredTrl cooperationModes enterprise { name region } } }
  }
  viewer { isAuthenticated subject role }
}`,
  },
  {
    group: '企业 / SME',
    role: 'ENTERPRISE',
    query: `# 企业 (SME, role ENTERPRISE): say what you need in your own words, register your enterprise, post the demand
# with the fields the analysis suggests, see what matches it.
query EnterpriseAnalyzeDemand {
  analyzeDemand(text: "我们的锂电池极片表面老有划痕，想找人用机器视觉在线检测。") { title description keywords technicalFields industry industryText source }
}

mutation EnterpriseRegister {
  registerEnterprise(input: { name: "合肥示例科技有限公司", creditCode: "91340100MA2N0X0X05", industry: NEW_ENERGY_VEHICLES, region: "合肥市", size: SMALL,
                              contact: { person: "王经理", phone: "0551-12345678" } }) {
    enterprise { id name }
    userErrors { field message code }
  }
}

mutation EnterprisePostDemand($enterpriseId: ID!) {
  postDemand(input: { enterpriseId: $enterpriseId, title: "锂电池极片表面缺陷在线检测", description: "需要基于机器视觉的在线检测方案，节拍 60 m/min。",
                      keywords: ["机器视觉", "缺陷检测"], industry: NEW_ENERGY_VEHICLES, region: "合肥市",
                      budgetMin: { amount: "100000.00" }, budgetMax: { amount: "500000.00" }, requiredTrl: 6, cooperationModes: [JOINT_DEVELOPMENT, TRANSFER] }) {
    demand { id title budgetMin { amount currency } status }
    userErrors { field message code }
  }
}

query EnterpriseMatches($demandId: ID!) {
  recommendations(for: $demandId, first: 5) { totalCount edges { score node { id kind displayName } explanation { matchedTerms } } }
  viewer { enterprises(first: 10) { edges { node { id name } } } }
}`,
    variables: JSON.stringify({
      enterpriseId: '<EnterpriseRegister: registerEnterprise.enterprise.id>',
      demandId: '<EnterprisePostDemand: postDemand.demand.id>',
    }, null, 2),
    headers: auth,
  },
  {
    group: '科研人员 / researcher',
    role: 'RESEARCHER',
    query: `# 科研人员 (researcher, role RESEARCHER): publish an achievement, keep an expert profile, find open demands.
mutation ResearcherPublish {
  publishAchievement(input: { title: "基于深度学习的锂电池缺陷检测技术", abstract: "极片表面缺陷的在线检测，准确率 99.2%。", trl: 6,
                              ipForm: INVENTION_PATENT, ipNumber: "ZL202110123456.7", industry: NEW_ENERGY_VEHICLES,
                              cooperationModes: [LICENSE, TRANSFER], askingPrice: { amount: "800000.00" } }) {
    achievement { id title trl askingPrice { amount currency } }
    userErrors { field message code }
  }
  upsertExpert(input: { name: "张明", title: "教授", researchFields: ["机器视觉"], keywords: ["缺陷检测", "深度学习"], openToProjects: true,
                        contact: { email: "zhang@example.edu.cn" } }) {
    expert { id name }
    userErrors { field message code }
  }
}

query ResearcherOpenDemands {
  demands(first: 10, filter: { status: OPEN, industry: NEW_ENERGY_VEHICLES }) { totalCount edges { node { id title region budgetMax { amount currency } } } }
  viewer { achievements(first: 10) { edges { node { id title } } } experts(first: 10) { edges { node { id name } } } }
}`,
    headers: auth,
  },
  {
    group: '技术经纪人 / broker',
    role: 'BROKER',
    query: `# 技术经纪人 (broker, role BROKER, subject broker-1): match a seeded demand with a seeded achievement,
# move the match to CONTRACTED, open a deal, record a payment, read the deal's ledger and your statement.
mutation BrokerPropose($demandId: ID!, $candidateId: ID!) {
  proposeMatch(input: { demandId: $demandId, candidateId: $candidateId, note: "技术路线吻合" }) { match { id stage } userErrors { field message code } }
}

mutation BrokerAdvanceToContracted($matchId: ID!) {
  shortlisted: advanceMatch(input: { matchId: $matchId, to: SHORTLISTED }) { match { stage } userErrors { field message code } }
  introduced: advanceMatch(input: { matchId: $matchId, to: INTRODUCED }) { match { stage } userErrors { field message code } }
  negotiating: advanceMatch(input: { matchId: $matchId, to: NEGOTIATING }) { match { stage } userErrors { field message code } }
  contracted: advanceMatch(input: { matchId: $matchId, to: CONTRACTED }) { match { id stage } userErrors { field message code } }
}

mutation BrokerOpenDeal($matchId: ID!) {
  createDeal(input: { matchId: $matchId, contractType: TRANSFER, value: { amount: "1000000.00" },
    parties: [{ role: INVENTORS, name: "张伟课题组", reference: "team-1" }, { role: INSTITUTION, name: "中国科学技术大学", reference: "inst-1" },
              { role: BROKER, name: "王经纪", reference: "broker-1" }, { role: PLATFORM, name: "平台", reference: "platform" }] }) {
    deal { id match { id stage } value { amount currency } policy { version shares { role basisPoints isCost } } }
    userErrors { field message code }
  }
}

mutation BrokerRecordPayment($dealId: ID!) {
  recordPayment(input: { dealId: $dealId, amount: { amount: "333333.33" }, idempotencyKey: "invoice-1" }) {
    payment { id amount { amount currency } settled }
    userErrors { field message code }
  }
}

query BrokerDeals($period: String!) {
  deals(first: 10) {
    totalCount
    edges { node { id contractType value { amount } paid { amount } payments(first: 10) { edges { node { id amount { amount } settled } } }
                   ledger(first: 20) { edges { node { payee side amount { amount } } } } } }
  }
  statement(payee: "broker-1", period: $period) { opening { amount } credits { amount } closing { amount } lines(first: 20) { edges { node { postedAt amount { amount } } } } }
  matches(first: 20, filter: { mine: true }) { totalCount edges { node { id stage demand { title } } } }
}`,
    variables: JSON.stringify({
      demandId: seededDemand,
      candidateId: seededAchievement,
      matchId: '<BrokerPropose: proposeMatch.match.id>',
      dealId: '<BrokerOpenDeal: createDeal.deal.id>',
      period: '<this month>',
    }, null, 2),
    headers: auth,
  },
  {
    group: '管理员 / admin',
    role: 'ADMIN',
    query: `# 管理员 (admin, role ADMIN): every deal and its ledger, a payee's statement, the ledger's reconciliation, the cluster.
query AdminOverview($period: String!) {
  deals(first: 10) {
    totalCount
    edges { node { id contractType brokerSubject value { amount currency } paid { amount } ledger(first: 20) { edges { node { account payee side amount { amount } } } } } }
  }
  statement(payee: "team-1", period: $period) {
    payee period opening { amount } credits { amount } debits { amount } closing { amount }
    lines(first: 20) { edges { node { deal { id } amount { amount } } } }
  }
  reconciliation { ranAt ok dealsChecked failureCount }
  cluster { nodes { name } }
}`,
    variables: JSON.stringify({ period: '<this month>' }, null, 2),
    headers: auth,
  },
];
