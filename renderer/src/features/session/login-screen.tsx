import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch';
import { errorMessage } from '../../lib/error-message';
import { loginErrorText } from './login-message';
import { useLogin } from './session-hooks';

export function LoginScreen({ serverUrl }: { serverUrl: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.errorValidation'));
      return;
    }
    setError(null);
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (outcome) => {
          if (!outcome.ok) {
            setError(loginErrorText(t, outcome));
            setPassword('');
            // Ready to retype at once; the alert is announced regardless of focus.
            passwordRef.current?.focus();
          }
        },
        onError: (failure) => setError(t('login.errorUnexpected', { message: errorMessage(failure) })),
      },
    );
  };

  return (
    <>
      <header className="login-header">
        <p className="product-name">{t('app.product')}</p>
        <LanguageSwitch />
      </header>
      <main className="center-screen">
        <form className="card login-card" onSubmit={submit} noValidate aria-labelledby="login-title">
          <h1 id="login-title">{t('login.title')}</h1>
          <p>{t('login.intro')}</p>
          <div className="field">
            <label htmlFor="login-username">{t('login.username')}</label>
            <input id="login-username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
          <p className="muted small">{t('login.server', { url: serverUrl })}</p>
        </form>
      </main>
    </>
  );
}
