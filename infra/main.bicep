// TeamsCompanion: everything a single-tenant Teams bot needs, in one resource group.
// Deploy: az deployment group create -g RG -f infra/main.bicep -p infra/main.bicepparam
// See infra/README.md for what this creates, what it costs and what to do after.
//
// Ground rules, so an IT department can review this quickly:
// - No secrets for the bot: it authenticates as a user-assigned managed identity, so there is no
//   client secret or certificate to create, store, rotate or leak. With the default SQLite
//   database the template has no secret at all. With PostgreSQL (databaseProvider) the server's
//   administrator password is the one secret: a @secure parameter without a default, passed from
//   Key Vault (infra/README.md), never in an output.
// - Everything except the Azure Bot registration is created in `location` (use an EU region);
//   the Azure Bot resource itself is a global registration (see the comment on it).
// - Message text is never stored or logged by the app (README.md, "Privacy"); the monitoring
//   set up here receives request metadata and the app's own log lines only.

targetScope = 'resourceGroup'

@description('Short name used in every resource name: lowercase letters, digits and hyphens, for example "tc-gemeente-x". The web app and bot also get a suffix that is unique per resource group, because their names are global.')
@minLength(3)
@maxLength(30)
param namePrefix string = 'teamscompanion'

@description('Azure region for all regional resources. For Dutch government data use an EU region, such as westeurope (Netherlands) or northeurope (Ireland).')
param location string = resourceGroup().location

@description('Tags for every resource, for example owner, cost centre and data classification (BIO).')
param tags { *: string } = {
  workload: 'TeamsCompanion'
}

@description('Name of the bot as shown in the Azure portal and in the Bot Framework channels.')
@minLength(1)
@maxLength(64)
param botDisplayName string = 'TeamsCompanion'

@description('Azure Bot pricing tier. Microsoft Teams is a standard channel: its messages are free in both tiers; S1 adds the SLA and unlimited premium-channel messages.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

// The Microsoft 365 channel lets the same Teams app run in Outlook and the Microsoft 365 app.
// Off by default: each organisation decides whether the bot may appear outside Teams, and the
// app has only been tested in Teams. (Outlook's separate "Outlook" channel is for actionable
// messages, which the bot does not send, so it is not offered here.)
@description('Also enable the Microsoft 365 channel (the Teams app in Outlook and the Microsoft 365 app).')
param enableM365Channels bool = false

@description('Tenant ids whose Teams activities the bot serves. Defaults to the tenant of this deployment. The app refuses to start in Production with an empty list.')
@minLength(1)
param allowedTenants string[] = [
  tenant().tenantId
]

@description('App Service plan SKU (Linux). Free and Shared are not offered: they lack Always On, and a bot that sleeps misses messages. P0v3 is the smallest Premium v3 size (newer hardware, more memory per euro than Basic/Standard); B1 is enough for a pilot.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'P0v3'

// SQLite is a file on the /home share with a single writer; several instances need the shared
// PostgreSQL database. The check is `appServicePlanCapacity` below: a deployment that asks for more
// than one instance on SQLite is refused.
@description('Number of App Service plan instances. More than 1 needs databaseProvider PostgreSQL: with SQLite the deployment is refused. Basic allows up to 3 instances, Standard 10, Premium v3 30. With PostgreSQL it also sets each instance\'s share of the server\'s connections; if you add autoscale, give the maximum here.')
@minValue(1)
@maxValue(30)
param appServicePlanInstanceCount int = 1

@description('The app\'s database. Sqlite (the default): a file on the App Service /home share, one instance, nothing else to run or pay for. PostgreSQL: an Azure Database for PostgreSQL flexible server created here, which several instances can share.')
@allowed([
  'Sqlite'
  'PostgreSQL'
])
param databaseProvider string = 'Sqlite'

@description('PostgreSQL only. Compute size of the flexible server. Standard_B1ms (Burstable, 1 vCore, 2 GiB, 35 connections) is the smallest and suits a pilot or a few instances; B2s and up allow hundreds of connections. General Purpose (D) and Memory Optimized (E) give steady CPU instead of burst credits.')
@allowed([
  'Standard_B1ms'
  'Standard_B2s'
  'Standard_B2ms'
  'Standard_D2ds_v5'
  'Standard_D4ds_v5'
  'Standard_E2ds_v5'
  'Standard_E4ds_v5'
])
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL only. Major version of the server. A major upgrade later is an in-place operation in the portal or CLI, not a change of this parameter.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '17'

@description('PostgreSQL only. Storage size in GiB. It can be raised later, never lowered. The bot\'s database stays small (tickets, reminders, usage counts); 32 GiB also gives 32 GiB of backup storage at no extra cost.')
@allowed([
  32
  64
  128
  256
  512
  1024
  2048
  4096
])
param postgresStorageSizeGB int = 32

@description('PostgreSQL only. Days of point-in-time restore (7 to 35). Backup storage up to the server\'s storage size is included in the price.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@description('PostgreSQL only. Also keep the backups in the paired region (westeurope is paired with northeurope, both in the EU), to restore after a regional outage. Costs extra backup storage. Can only be chosen when the server is created.')
param postgresGeoRedundantBackup bool = false

@description('PostgreSQL only. Login name of the server administrator, which the app also uses (the app does not support Entra sign-in to the database yet). Not azure_superuser, azure_pg_admin, admin, administrator, root, guest or public, and not starting with pg_.')
@minLength(1)
@maxLength(63)
param postgresAdministratorLogin string = 'teamscompanion'

// No default, and nullable so that a SQLite deployment does not have to invent one: a PostgreSQL
// deployment without it fails (see postgresPasswordMissing). Pass it from Key Vault with getSecret in the
// .bicepparam file (infra/README.md), never as a literal in a file in git.
@description('PostgreSQL only, and then required. Password of the server administrator: 8 to 128 characters from three of upper case, lower case, digits and symbols. Becomes part of the web app\'s connection string; never in an output.')
@secure()
@minLength(8)
@maxLength(128)
param postgresAdministratorPassword string?

@description('Folder of the organisation\'s own policy pack on the web app (for example /home/site/wwwroot/policy/gemeente-x, shipped inside the published app; see infra/README.md). Empty = the pack shipped with the app.')
param policyPath string = ''

@description('How many days Log Analytics keeps logs and Application Insights telemetry. Keep this as short as your logging policy allows: logs hold request metadata, never message text.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// Web app and bot names are global (the web app's name becomes its host name); the suffix keeps
// two organisations, or a test and a production resource group, from colliding.
var uniqueSuffix = uniqueString(resourceGroup().id)
var webAppName = 'app-${namePrefix}-${uniqueSuffix}'
var botName = 'bot-${namePrefix}-${uniqueSuffix}'

// The app runs in App Service's built-in .NET image, which sends traffic to port 8080.
var containerPort = '8080'

var usePostgres = databaseProvider == 'PostgreSQL'

// The refusal of more than one instance on SQLite: fail() stops the deployment with this message.
// The expression depends on parameters only, so Resource Manager evaluates it while it validates
// the template, before it creates anything.
var appServicePlanCapacity = !usePostgres && appServicePlanInstanceCount > 1
  ? fail('appServicePlanInstanceCount is ${appServicePlanInstanceCount}, but databaseProvider is Sqlite: SQLite on the /home share allows one instance only. Use databaseProvider PostgreSQL to run several instances.')
  : appServicePlanInstanceCount

// The server name becomes its host name (<name>.postgres.database.azure.com), so it is global,
// like the web app's.
var postgresServerName = 'psql-${namePrefix}-${uniqueSuffix}'
var postgresDatabaseName = 'teamscompanion'

// The password is required with PostgreSQL only, so it cannot be a plain required parameter. Where
// it is used, `?? fail()` stops a PostgreSQL deployment without it with this message instead of a
// vague error from Azure (?? evaluates fail() only when the password is missing).
var postgresPasswordMissing = 'databaseProvider is PostgreSQL, so postgresAdministratorPassword is required; pass it from Key Vault (infra/README.md).'

// Per size: its tier (the sku names it too; derived here so the two cannot disagree) and its
// default number of user connections (max_connections less the 15 that Azure keeps for itself).
var postgresSkus = {
  Standard_B1ms: {
    tier: 'Burstable'
    userConnections: 35
  }
  Standard_B2s: {
    tier: 'Burstable'
    userConnections: 414
  }
  Standard_B2ms: {
    tier: 'Burstable'
    userConnections: 844
  }
  Standard_D2ds_v5: {
    tier: 'GeneralPurpose'
    userConnections: 844
  }
  Standard_D4ds_v5: {
    tier: 'GeneralPurpose'
    userConnections: 1703
  }
  Standard_E2ds_v5: {
    tier: 'MemoryOptimized'
    userConnections: 1703
  }
  Standard_E4ds_v5: {
    tier: 'MemoryOptimized'
    userConnections: 3422
  }
}

// Npgsql opens up to 100 connections per instance by default; a B1ms server takes 35 in all, so
// two busy instances could be refused ("too many clients"). Each instance gets an equal share,
// with one share spare for an instance being replaced (restart, deployment) and for an
// administrator or the CLI; an instance that needs more waits for a free connection instead.
var postgresMaxPoolSize = min(100, postgresSkus[postgresSkuName].userConnections / (appServicePlanInstanceCount + 1))

// One setting per allowed tenant: .NET configuration reads Bot__AllowedTenants__0, __1, ... as a list.
var allowedTenantSettings = [
  for (tenantId, i) in allowedTenants: {
    name: 'Bot__AllowedTenants__${i}'
    value: tenantId
  }
]

// The database settings. Both providers put the connection string in the app setting
// ConnectionStrings__TeamsCompanion, which every .NET version reads as
// ConnectionStrings:TeamsCompanion. An App Service connection string of type PostgreSQL arrives as
// the variable POSTGRESQLCONNSTR_TeamsCompanion instead, which .NET reads only from .NET 10 on
// (before that only the SQLServer, SQLAzure, MySQL and Custom prefixes); and with one setting name
// for both providers, switching provider never leaves a second value for the same key behind.
var sqliteSettings = [
  {
    name: 'Storage__Provider'
    value: 'Sqlite'
  }
  {
    // SQLite on /home, the App Service share that survives restarts and redeployments.
    name: 'ConnectionStrings__TeamsCompanion'
    value: 'Data Source=/home/data/teamscompanion.db'
  }
  {
    // /home is a network share: SQLite's write-ahead log needs shared memory on one machine.
    name: 'Storage__SqliteWal'
    value: 'false'
  }
]

var postgresSettings = [
  {
    name: 'Storage__Provider'
    value: 'PostgreSQL'
  }
  {
    // SSL Mode=Require: the app refuses an unencrypted connection (the server refuses one too).
    // Npgsql (8 and later) does not check the server's certificate in this mode; VerifyFull would,
    // against the CA certificates of the App Service image, but has not been tried there yet.
    // The password is quoted, with any " doubled, so that a ; or = in it cannot end the value.
    // Maximum Pool Size: see postgresMaxPoolSize.
    // Anyone who may read this web app's settings can read the password: give that right only to
    // those who may read the database.
    name: 'ConnectionStrings__TeamsCompanion'
    value: 'Host=${postgresServer!.properties.fullyQualifiedDomainName};Database=${postgresDatabaseName};Username=${postgresAdministratorLogin};Password="${replace(postgresAdministratorPassword ?? fail(postgresPasswordMissing), '"', '""')}";SSL Mode=Require;Maximum Pool Size=${postgresMaxPoolSize}'
  }
]

// The bot's identity. The Bot Connector accepts tokens for this identity's client id, so the app
// gets its tokens from the App Service managed identity endpoint: no secret exists anywhere.
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${namePrefix}'
  location: location
  tags: tags
}

resource logWorkspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: 'log-${namePrefix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
    features: {
      // Readers need rights on the resource itself, not on the whole workspace.
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${namePrefix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    // Workspace-based: one retention setting, one place for access control, data in `location`.
    WorkspaceResourceId: logWorkspace.id
    IngestionMode: 'LogAnalytics'
    // Client IP addresses are masked; they would be personal data without any use here.
    DisableIpMasking: false
  }
}

// ---- PostgreSQL (databaseProvider = 'PostgreSQL' only) ----------------------------------------
// A flexible server with one database. Password authentication, because the app signs in with a
// connection string; Entra authentication (the managed identity, no password) is the better next
// step, but the app cannot get database tokens yet (infra/README.md).
resource postgresServer 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = if (usePostgres) {
  name: postgresServerName
  location: location
  tags: tags
  sku: {
    name: postgresSkuName
    tier: postgresSkus[postgresSkuName].tier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword ?? fail(postgresPasswordMissing)
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: postgresStorageSizeGB
      // Off, so the size is what the parameter says: storage can grow but never shrink, and a
      // server that had grown would refuse the next deployment with the smaller size. Watch the
      // "Storage percent" metric instead.
      autoGrow: 'Disabled'
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: postgresGeoRedundantBackup ? 'Enabled' : 'Disabled'
    }
    // Zone-redundant high availability doubles the compute cost and is not offered on Burstable.
    // The app rides out a short database outage (README.md): the bot still answers, sends resume.
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      // Public endpoint, open only to Azure services (the firewall rule below) and protected by
      // TLS and the password. For production, prefer VNet integration of the web app with either a
      // delegated subnet for the server (publicNetworkAccess Disabled) or a private endpoint, so
      // the server has no public endpoint at all; that needs a virtual network this template does
      // not create.
      publicNetworkAccess: 'Enabled'
    }
  }
}

// Start and end 0.0.0.0 is Azure's special rule "allow public access from any Azure service":
// App Service's outbound addresses are shared and can change, so they cannot be listed reliably.
// It also admits connections from other customers' Azure resources, which then still need TLS
// and the password; the private network in the comment above removes that exposure.
resource postgresFirewallAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = if (usePostgres) {
  parent: postgresServer
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// The app would create a missing database itself (as the administrator it may), but a database
// created here has a known encoding and is in the template's inventory.
// The server's child resources are created one after another (dependsOn): a flexible server
// takes one change at a time and answers parallel ones with "server busy".
resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = if (usePostgres) {
  parent: postgresServer
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    postgresFirewallAzure
  ]
}

// TLS required and at least 1.2. Both are the defaults of a new server today; set here so that a
// changed default or a change in the portal is put back by the next deployment.
resource postgresRequireTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2025-08-01' = if (usePostgres) {
  parent: postgresServer
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
  dependsOn: [
    postgresDatabase
  ]
}

resource postgresTlsVersion 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2025-08-01' = if (usePostgres) {
  parent: postgresServer
  name: 'ssl_min_protocol_version'
  properties: {
    value: 'TLSv1.2'
    source: 'user-override'
  }
  dependsOn: [
    postgresRequireTls
  ]
}

// Same diagnostic-settings version as the web app's, for the reason given there.
#disable-next-line use-recent-api-versions
resource postgresDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (usePostgres) {
  name: 'to-log-analytics'
  scope: postgresServer
  properties: {
    workspaceId: logWorkspace.id
    // Resource-specific tables (PGSQLServerLogs) rather than the shared AzureDiagnostics.
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        // The server log: failed sign-ins, errors, checkpoints, autovacuum (and connections, as
        // far as log_connections is on). Statements are not logged (log_statement 'none'); a
        // failed statement's text is, but the app sends its values as parameters, so no message
        // text appears here either.
        category: 'PostgreSQLLogs'
        enabled: true
      }
      // Not collected: sessions (PostgreSQLFlexSessions copies the text of running queries),
      // Query Store (off on the server by default) and table statistics; turn them on while
      // investigating performance.
    ]
    metrics: [
      {
        // CPU, memory, storage percent, connections: the numbers to alert on.
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource appServicePlan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${namePrefix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    // One instance on SQLite: the database lives on the /home share and must have a single writer
    // (appServicePlanCapacity refuses more). On PostgreSQL the instances share the server database.
    capacity: appServicePlanCapacity
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    // Teams calls the bot from Microsoft's cloud, so the endpoint is public; every request to
    // /api/messages must carry a valid Bot Framework or Entra token, checked by the app.
    publicNetworkAccess: 'Enabled'
    // No sticky sessions: the bot holds no per-connection state.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // A sleeping app answers the first Teams message too late and Teams retries or gives up.
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      // Deployments go through `az webapp deploy` with Entra credentials; FTP would need a
      // password and sends files outside that audit trail.
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
      // Explicit, so the platform never has to guess which of the published assemblies to run.
      appCommandLine: 'dotnet TeamsCompanion.Bot.dll'
      // App Service pings /health (mapped by the app, no token needed), shows the result and
      // recycles an instance that keeps failing it.
      healthCheckPath: '/health'
      appSettings: concat(
        [
          {
            name: 'ASPNETCORE_ENVIRONMENT'
            value: 'Production'
          }
          {
            // Kestrel listens where App Service forwards traffic.
            name: 'Urls'
            value: 'http://+:${containerPort}'
          }
          {
            name: 'WEBSITES_PORT'
            value: containerPort
          }
          {
            name: 'Bot__AppId'
            value: botIdentity.properties.clientId
          }
          {
            name: 'Bot__TenantId'
            value: botIdentity.properties.tenantId
          }
          {
            name: 'Bot__UseManagedIdentity'
            value: 'true'
          }
          {
            name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
            value: 'true'
          }
          {
            // The package is built with `dotnet publish`; App Service runs it as uploaded.
            name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
            value: 'false'
          }
          {
            name: 'Policy__Path'
            value: policyPath
          }
          {
            // Not a secret: it only allows sending telemetry to this resource.
            name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
            value: appInsights.properties.ConnectionString
          }
          {
            // App Service's codeless Application Insights agent: requests, dependencies and the
            // app's log lines, without an SDK in the app. The app never logs message text.
            name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
            value: '~3'
          }
        ],
        usePostgres ? postgresSettings : sqliteSettings,
        allowedTenantSettings
      )
    }
  }
  // On PostgreSQL the app may start (settings changed on a running app) only once it can reach
  // its database: the firewall rule, the database and the TLS settings are in place.
  dependsOn: [
    postgresFirewallAzure
    postgresDatabase
    postgresTlsVersion
  ]
}

// Publishing credentials (user name + password) for FTP and the deployment (SCM) site are off:
// deployments then need an Entra sign-in with rights on this web app, and are logged as such.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// 2021-05-01-preview is the newest version of this type, and the one the Azure docs use. The
// linter's only "stable" alternative, 2016-09-01, is the legacy schema (name must be 'service',
// no Log Analytics destination type) and cannot describe this setting.
#disable-next-line use-recent-api-versions
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logWorkspace.id
    // Resource-specific tables (AppServiceHTTPLogs, ...) rather than the shared AzureDiagnostics.
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        // Method, path, status, duration. Callers are Microsoft's bot service, not staff.
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        // The app's stdout/stderr: its structured log lines, which never contain message text.
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        // Who signed in to the deployment site, and when: part of an audit trail.
        category: 'AppServiceAuditLogs'
        enabled: true
      }
      {
        // Container starts, stops and failed health checks: the first place to look when the
        // bot stops answering.
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

// 'global' is the registration the Teams channel and the app's token checks are built for. The
// resource stores the endpoint and identity, not conversations. Azure Bot also offers a regional
// (westeurope) variant with other Bot Framework endpoints; the app has not been validated with it.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: botIdentity.properties.clientId
    msaAppTenantId: botIdentity.properties.tenantId
    msaAppMSIResourceId: botIdentity.id
    // No channel keys (Direct Line / Web Chat secrets): Teams does not use them, and Azure Policy
    // baselines flag bots that keep them. The portal's "Test in Web Chat" then does not work.
    disableLocalAuth: true
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  tags: tags
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      // Text bot: no calls or meetings media.
      enableCalling: false
    }
  }
}

resource m365Channel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableM365Channels) {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  tags: tags
  properties: {
    channelName: 'M365Extensions'
  }
}

@description('Host name of the web app, the BOT_DOMAIN for scripts/package-manifest.sh.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.name

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The bot\'s app id: the client id of its managed identity, the BOT_APP_ID for scripts/package-manifest.sh.')
output botAppId string = botIdentity.properties.clientId

@description('Name of the Azure Bot resource.')
output botResourceName string = bot.name

@description('Host name of the PostgreSQL server, for an administrator\'s psql or pg_dump; empty with SQLite. The password is never an output.')
output postgresServerHost string = usePostgres ? postgresServer!.properties.fullyQualifiedDomainName : ''
