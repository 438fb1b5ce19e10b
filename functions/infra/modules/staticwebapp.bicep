// The public site: Azure Static Web Apps, Standard plan (needed to link a function app), with the intake linked as
// its /api backend. The build writes staticwebapp.config.json (headers, CSP, routes) into the deployed output.
param name string
param location string
param tags object
param functionAppId string
param functionAppLocation string

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    // Deployed by the workflows with the site's deployment token, not built by Azure from a repository.
    provider: 'Custom'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Enabled'
  }
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2024-04-01' = {
  parent: site
  name: 'intake'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}

output name string = site.name
output defaultHostname string = site.properties.defaultHostname
