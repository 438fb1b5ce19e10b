// The Key Vault holding every secret of the intake. Access by Azure RBAC only. The officers' values come from
// `officer keygen` and are set by the administrator (README.md); the table connection string is written here.
param name string
param location string
param tags object
param storageAccountName string
param vaultAdminPrincipalId string

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param vaultAdminPrincipalType string

// Key Vault Secrets Officer: set and read secrets.
var secretsOfficerRole = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableConnection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'table-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource vaultAdmin 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(vaultAdminPrincipalId)) {
  scope: vault
  name: guid(vault.id, vaultAdminPrincipalId, secretsOfficerRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRole)
    principalId: vaultAdminPrincipalId
    principalType: vaultAdminPrincipalType
  }
}

output name string = vault.name

@description('The secret behind each Intake setting. Set all but tableConnectionString with az keyvault secret set.')
output secretNames object = {
  tableConnectionString: tableConnection.name
  officerPublicKeys: 'officer-public-keys'
  officerVerifyKeys: 'officer-verify-keys'
  officerApiKeyHash: 'officer-api-key-hash'
  receiptHashSecret: 'receipt-hash-secret'
  notifySmtpPassword: 'notify-smtp-password'
}
