/** Shown when nobody is signed in and the gateway offers no development login. */
export function SignInUnavailable() {
  return (
    <section className="panel" aria-label="Inloggning">
      <p role="alert">
        Inloggning är inte konfigurerad i den här miljön. Kontakta din lokala administratör.
      </p>
    </section>
  );
}
