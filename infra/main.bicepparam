using './main.bicep'
