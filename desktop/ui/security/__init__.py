"""Protecting the data in the interface: set-up of the passphrase and recovery key, unlocking,
the lock screen, Pengaturan's security and audit tabs."""
