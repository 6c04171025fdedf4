# Builds and runs the API. docker-compose.yml points it at PostgreSQL.
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
ENV DataRoot=/app \
    ASPNETCORE_URLS=http://+:5080
EXPOSE 5080
ENTRYPOINT ["dotnet", "Matchmaking.Api.dll"]
