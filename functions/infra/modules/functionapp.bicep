// The complaint intake: Azure Functions, isolated worker, .NET 10 on Linux, Flex Consumption plan, with a
// system-assigned identity. Every secret is a Key Vault reference; the identity may read the vault's secrets and
// use the storage account (host storage and the deployment package by identity, no key in a setting).
param name string
param location string
param tags object
param storageAccountName string
param deploymentContainerName string
param complaintsTableName string

@description('The blob container for evidence files (the same storage account as the table).')
param attachmentsContainerName string
param keyVaultName string

@description('Secret names from keyvault.bicep.')
param secretNames object

@secure()
param appInsightsConnectionString string

param retentionDays int
param notifySmtpHost string
param notifySmtpPort int
param notifySmtpUser string
param notifyFrom string
param notifyTo string

@description('Largest number of instances the plan may scale to.')
param maximumInstanceCount int = 40

var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageAccount.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// No FTP or basic-auth deployment: the workflow deploys with its Entra ID (OIDC) login.
resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, app.id, roles.keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource useBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, app.id, roles.storageBlobDataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource useTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, app.id, roles.storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

func vaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

var intakeSettings = {
  AzureWebJobsStorage__accountName: storageAccount.name
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  Intake__Store: 'Table'
  Intake__TableName: complaintsTableName
  Intake__TableConnectionString: vaultReference(vault.name, secretNames.tableConnectionString)
  // The account's connection string reaches its Blob endpoint too: evidence files go to the attachments container.
  Intake__BlobConnectionString: vaultReference(vault.name, secretNames.tableConnectionString)
  Intake__AttachmentContainer: attachmentsContainerName
  Intake__OfficerPublicKeys: vaultReference(vault.name, secretNames.officerPublicKeys)
  Intake__OfficerVerifyKeys: vaultReference(vault.name, secretNames.officerVerifyKeys)
  Intake__OfficerApiKeyHash: vaultReference(vault.name, secretNames.officerApiKeyHash)
  Intake__ReceiptHashSecret: vaultReference(vault.name, secretNames.receiptHashSecret)
  Intake__ClientAddressHeader: 'X-Forwarded-For'
  Intake__RetentionDays: string(retentionDays)
}

var notifySettings = empty(notifySmtpHost)
  ? {}
  : {
      Intake__NotifySmtpHost: notifySmtpHost
      Intake__NotifySmtpPort: string(notifySmtpPort)
      Intake__NotifySmtpUser: notifySmtpUser
      Intake__NotifySmtpPassword: vaultReference(vault.name, secretNames.notifySmtpPassword)
      Intake__NotifyFrom: notifyFrom
      Intake__NotifyTo: notifyTo
    }

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: union(intakeSettings, notifySettings)
  dependsOn: [
    readSecrets
    useBlobs
    useTables
  ]
}

output id string = app.id
output name string = app.name
