"""The billing wing: exact money, usage cost, credit balances and pricing estimates."""
