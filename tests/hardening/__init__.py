"""Bad input and security: hostile bodies, headers and files never crash, hang, leak or mislead."""
