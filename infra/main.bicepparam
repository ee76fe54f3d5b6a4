// Example parameters. Copy this file per organisation/environment (main.gemeente-x.bicepparam),
// change the values, and deploy:
//   az deployment group create -g RG -f infra/main.bicep -p infra/main.bicepparam
// Everything here is a valid value; nothing here is secret, so the file can live in git. The one
// secret (the PostgreSQL password, PostgreSQL only) comes from Key Vault through getSecret.
using './main.bicep'

// Lowercase letters, digits and hyphens; the web app becomes app-<namePrefix>-<suffix>.azurewebsites.net.
param namePrefix = 'tc-gemeente-x'

// An EU region keeps the app, its database and its logs in the EU.
param location = 'westeurope'

param tags = {
  workload: 'TeamsCompanion'
  owner: 'ict-servicedesk@gemeente-x.example'
  environment: 'production'
  dataClassification: 'BIO-basis'
}

param botDisplayName = 'TeamsCompanion'
param botSku = 'S1'
param enableM365Channels = false

// Default: only the tenant you deploy into. To serve more tenants, list their ids, e.g.
// param allowedTenants = [
//   '11111111-2222-3333-4444-555555555555'
// ]

param appServicePlanSku = 'P0v3'

// More than 1 only with databaseProvider 'PostgreSQL'; with SQLite the deployment is refused.
param appServicePlanInstanceCount = 1

// 'Sqlite' (default): the database is a file on the web app's /home share, one instance, no
// secret. 'PostgreSQL': also creates an Azure Database for PostgreSQL flexible server that several
// instances share; then the administrator password is required, taken from Key Vault, never
// written here (infra/README.md, "Running on PostgreSQL"). For example:
// param databaseProvider = 'PostgreSQL'
// param appServicePlanInstanceCount = 2
// param postgresAdministratorPassword = az.getSecret('<subscription id>', '<key vault resource group>', '<key vault name>', 'teamscompanion-postgres-admin')
param databaseProvider = 'Sqlite'

// Empty = the policy pack shipped with the app; or your own pack copied into the published app,
// e.g. '/home/site/wwwroot/policy/gemeente-x' (infra/README.md, step 6).
param policyPath = ''

param logRetentionInDays = 30
