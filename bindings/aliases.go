package bindings

// EnclaveRegistryRegistration is the registration a registrar submits, under its name from before the
// router split (the struct is now declared in IEnclaveRegistry); kept so callers need no change.
//
// Deprecated: use IEnclaveRegistryRegistration.
type EnclaveRegistryRegistration = IEnclaveRegistryRegistration
