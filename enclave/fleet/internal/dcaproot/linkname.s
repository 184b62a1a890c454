// Empty: lets dcaproot.go declare the body-less, linknamed verifyQuote.
