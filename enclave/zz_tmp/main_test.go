package egotest
import ("testing"; "github.com/edgelesssys/ego/enclave"; "github.com/edgelesssys/ego/ecrypto")
func TestX(t *testing.T){ _, err := enclave.GetSelfReport(); t.Log(err); _, err = enclave.GetRemoteReport(make([]byte,64)); t.Log(err); id, err := enclave.GetSealKeyID(); t.Log(id, err); _ = ecrypto.SealWithProductKey }
