// Application Insights on a Log Analytics workspace. What reaches it is decided by functions/FunctionApp/host.json
// (no request telemetry: Host.Results is None, no live metrics, no dependency tracking); IP masking stays on.
param name string
param location string
param tags object

@description('Days logs are kept.')
param retentionInDays int = 90

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: name
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Client addresses are masked (functions/README.md: never switch this on).
    DisableIpMasking: false
    RetentionInDays: retentionInDays
    IngestionMode: 'LogAnalytics'
  }
}

output connectionString string = insights.properties.ConnectionString
