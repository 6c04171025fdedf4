-- wrk script: 10 rotating keyword searches against /graphql.
-- wrk ... -s tools/load/search.lua URL            a plain search (edges { score node { id kind displayName } })
-- wrk ... -s tools/load/search.lua URL -- full    with highlights, matched terms and facets
local texts = {"锂电池 缺陷检测", "注塑件 缩痕", "SiC 功率模块 散热", "5G 基站 功耗", "机器视觉 质检", "发酵 乳制品 保质期", "工业机器人 视觉", "光伏 组件 隐裂", "污水处理 膜", "智能家电 语音"}
local selection = "totalCount edges { cursor score node { id kind displayName } }"
local i = 0

init = function(args)
  if args[1] == "full" then
    selection = "totalCount edges { cursor score highlights { snippet } explanation { matchedTerms } node { id kind displayName } } facets { name values { value label count } }"
  end
end

request = function()
  i = i + 1
  local body = '{"query":"query($t: String!) { search(text: $t, first: 10) { ' .. selection .. ' } }","variables":{"t":"' .. texts[(i % #texts) + 1] .. '"}}'
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json"}, body)
end
