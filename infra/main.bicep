// TeamsCompanion: everything a single-tenant Teams bot needs, in one resource group.
// Deploy: az deployment group create -g RG -f infra/main.bicep -p infra/main.bicepparam
// See infra/README.md for what this creates, what it costs and what to do after.
//
// Ground rules, so an IT department can review this quickly:
// - No secrets: the bot authenticates as a user-assigned managed identity, so there is no client
//   secret or certificate to create, store, rotate or leak. Nothing here is @secure because
//   nothing needs to be.
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

// One setting per allowed tenant: .NET configuration reads Bot__AllowedTenants__0, __1, ... as a list.
var allowedTenantSettings = [
  for (tenantId, i) in allowedTenants: {
    name: 'Bot__AllowedTenants__${i}'
    value: tenantId
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

resource appServicePlan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${namePrefix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    // One instance: the SQLite database lives on the /home share and must have a single writer.
    // Scale up, not out, until the server database of a later release is in place.
    capacity: 1
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
            // SQLite on /home, the App Service share that survives restarts and redeployments.
            // A server database (Azure SQL / PostgreSQL) comes with a later release.
            name: 'ConnectionStrings__TeamsCompanion'
            value: 'Data Source=/home/data/teamscompanion.db'
          }
          {
            // /home is a network share: SQLite's write-ahead log needs shared memory on one machine.
            name: 'Storage__SqliteWal'
            value: 'false'
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
        allowedTenantSettings
      )
    }
  }
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
