// The storage account: the complaints table (Intake's Table engine), the attachments container, and the function
// app's own host and deployment-package containers. No public blob access, TLS 1.2, HTTPS only.
param name string
param location string
param tags object

@description('The Intake table (IntakeOptions.TableName).')
param complaintsTableName string = 'Complaints'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // The intake reaches the table with a connection string (Key Vault secret "table-connection-string").
    allowSharedKeyAccess: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource attachments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'attachments'
  properties: {
    publicAccess: 'None'
  }
}

resource deployments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'function-deployments'
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource complaints 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: tableService
  name: complaintsTableName
}

output name string = account.name
output id string = account.id
output complaintsTableName string = complaints.name
output attachmentsContainerName string = attachments.name
output deploymentContainerName string = deployments.name
