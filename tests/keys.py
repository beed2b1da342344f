"""The database key the tests use: a real SQLCipher key, so that every test that opens an
installation runs on an encrypted database, as a village's would be. No key file is needed
to open with a key; tests of the key file and passphrase make their own."""

from desktop.storage.keystore import DatabaseKey

TEST_KEY = DatabaseKey(bytes(range(32)))
