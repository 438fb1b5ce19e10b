// The municipality's own values for main.bicep:
//   VAULT_ADMIN_ID=$(az ad signed-in-user show --query id -o tsv) \
//     az deployment group create --resource-group rg-integritysite --parameters functions/infra/main.bicepparam
using 'main.bicep'

param organisationName = 'pongnamron'

// Who may set the Key Vault secrets (your own object id, read from the environment when deploying).
param vaultAdminPrincipalId = readEnvironmentVariable('VAULT_ADMIN_ID', '')

param retentionDays = 1825
