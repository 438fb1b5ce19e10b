// The Azure resources of one municipality's IntegritySite: the static site, the complaint intake and what they need.
// Deploy into an empty resource group (README.md, "Deploying to Azure"):
//   az deployment group create -g <group> -f functions/infra/main.bicep -p organisationName=<name> [vaultAdminPrincipalId=<your object id>]
targetScope = 'resourceGroup'

@description('Short name of the organisation, lowercase letters and digits (for example "pongnamron"); part of every resource name.')
@minLength(3)
@maxLength(16)
param organisationName string

@description('Region of the function app, storage, Key Vault and monitoring. Default: the resource group\'s region (southeastasia is Thailand\'s nearest).')
param location string = resourceGroup().location

@description('Region of the Static Web App\'s management plane (the site itself is served worldwide). Static Web Apps exists in few regions; eastasia is nearest to Thailand.')
@allowed([
  'eastasia'
  'westeurope'
  'eastus2'
  'centralus'
  'westus2'
])
param staticWebAppLocation string = 'eastasia'

@description('Object id of the person or group that sets the Key Vault secrets (az ad signed-in-user show --query id -o tsv). Empty: assign "Key Vault Secrets Officer" yourself.')
param vaultAdminPrincipalId string = ''

@description('Type of vaultAdminPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param vaultAdminPrincipalType string = 'User'

@description('Days a closed complaint is kept after its last update (set by the records officer; functions/README.md, "Deletion at the end of retention").')
@minValue(1)
param retentionDays int = 1825

@description('Officer notifications: SMTP host (empty: no mails). The password goes into the Key Vault secret "notify-smtp-password".')
param notifySmtpHost string = ''

@description('Officer notifications: SMTP port (587 with starttls, 465 with tls).')
param notifySmtpPort int = 587

@description('Officer notifications: SMTP user name.')
param notifySmtpUser string = ''

@description('Officer notifications: sender address.')
param notifyFrom string = ''

@description('Officer notifications: the officers\' addresses, comma-separated.')
param notifyTo string = ''

@description('Tags put on every resource.')
param tags object = {
  product: 'IntegritySite'
}

var suffix = take(uniqueString(resourceGroup().id, organisationName), 6)
var baseName = toLower(organisationName)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: 'appi-${baseName}-${suffix}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${take(baseName, 14)}${suffix}'
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${take(baseName, 13)}-${suffix}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    vaultAdminPrincipalId: vaultAdminPrincipalId
    vaultAdminPrincipalType: vaultAdminPrincipalType
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-${baseName}-${suffix}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    complaintsTableName: storage.outputs.complaintsTableName
    attachmentsContainerName: storage.outputs.attachmentsContainerName
    keyVaultName: vault.outputs.name
    secretNames: vault.outputs.secretNames
    appInsightsConnectionString: monitoring.outputs.connectionString
    retentionDays: retentionDays
    notifySmtpHost: notifySmtpHost
    notifySmtpPort: notifySmtpPort
    notifySmtpUser: notifySmtpUser
    notifyFrom: notifyFrom
    notifyTo: notifyTo
  }
}

module site 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  params: {
    name: 'stapp-${baseName}-${suffix}'
    location: staticWebAppLocation
    tags: tags
    functionAppId: functionApp.outputs.id
    functionAppLocation: location
  }
}

@description('The Static Web App (deployment token: az staticwebapp secrets list -n <name>).')
output staticWebAppName string = site.outputs.name

@description('The site\'s address until a custom domain is added.')
output siteUrl string = 'https://${site.outputs.defaultHostname}'

@description('The function app the main workflow deploys to.')
output functionAppName string = functionApp.outputs.name

@description('The Key Vault holding the intake\'s secrets (set them with az keyvault secret set).')
output keyVaultName string = vault.outputs.name

@description('The storage account with the complaints table and the attachments container.')
output storageAccountName string = storage.outputs.name

@description('The blob container for report attachments.')
output attachmentsContainerName string = storage.outputs.attachmentsContainerName
