//! The access token every request must carry, as notebook servers do: in the address printed at
//! start (`?token=…`, which then sets a cookie and is dropped from the address), in that cookie
//! (HttpOnly, SameSite=Strict: no other site's page can send it), or as `Authorization: Bearer`.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The token and the cookie that carries it.
#[derive(Debug, Clone)]
pub struct Auth {
    token: String,
    /// Cookies are not kept apart by port: each server names its own.
    cookie: String,
}

/// The token could not be made.
#[derive(Debug, thiserror::Error)]
#[error("cannot draw a random token: {0}")]
pub struct TokenError(String);

impl Auth {
    /// A fresh random token (256 bits) for the server on `port`.
    pub fn fresh(port: u16) -> Result<Self, TokenError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|err| TokenError(err.to_string()))?;
        let token = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Ok(Self { token, cookie: format!("informe-token-{port}") })
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// Whether `given` is the token, compared in time independent of where they differ.
    fn matches(&self, given: &str) -> bool {
        let (a, b) = (self.token.as_bytes(), given.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    fn in_headers(&self, headers: &HeaderMap) -> bool {
        let bearer = headers
            .get_all(header::AUTHORIZATION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.strip_prefix("Bearer "))
            .any(|given| self.matches(given.trim()));
        let cookie = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .any(|(name, value)| name == self.cookie && self.matches(value));
        bearer || cookie
    }

    fn set_cookie(&self) -> HeaderValue {
        let cookie = format!("{}={}; HttpOnly; SameSite=Strict; Path=/", self.cookie, self.token);
        HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
    }
}

/// The query without its `token` parameter, and whether that parameter held the token.
fn split_token(auth: &Auth, query: &str) -> (String, bool) {
    let mut rest = Vec::new();
    let mut found = false;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.strip_prefix("token=") {
            Some(given) => found |= auth.matches(given),
            None => rest.push(pair),
        }
    }
    (rest.join("&"), found)
}

/// Lets a request through only with the token; a page opened with `?token=` gets the cookie and
/// is sent to the same address without it, so the token leaves the address bar and history.
pub async fn require_token(State(auth): State<std::sync::Arc<Auth>>, request: Request, next: Next) -> Response {
    if auth.in_headers(request.headers()) {
        return next.run(request).await;
    }
    let (rest, in_query) = split_token(&auth, request.uri().query().unwrap_or_default());
    if !in_query {
        let mut refused = (
            StatusCode::UNAUTHORIZED,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"error":"the access token is missing or wrong: open the address informe serve printed, or send Authorization: Bearer TOKEN"}"#,
        )
            .into_response();
        refused.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return refused;
    }
    if request.method() == Method::GET && !request.uri().path().starts_with("/api/") {
        let path = request.uri().path();
        let location = if rest.is_empty() { path.to_owned() } else { format!("{path}?{rest}") };
        let mut moved = StatusCode::SEE_OTHER.into_response();
        let headers = moved.headers_mut();
        headers.insert(header::SET_COOKIE, auth.set_cookie());
        headers.insert(header::LOCATION, HeaderValue::from_str(&location).unwrap_or(HeaderValue::from_static("/")));
        return moved;
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(header::SET_COOKIE, auth.set_cookie());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_token_opens() {
        let auth = Auth::fresh(8080).expect("token");
        assert_eq!(auth.token().len(), 64);
        assert_ne!(auth.token(), Auth::fresh(8080).expect("token").token(), "each server draws its own");
        let mut headers = HeaderMap::new();
        assert!(!auth.in_headers(&headers));
        headers.insert(header::AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", auth.token())).expect("h"));
        assert!(auth.in_headers(&headers));
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("a=b; informe-token-8080={}", auth.token())).expect("h"),
        );
        assert!(auth.in_headers(&headers));
        let mut headers = HeaderMap::new();
        headers
            .insert(header::COOKIE, HeaderValue::from_str(&format!("informe-token-9090={}", auth.token())).expect("h"));
        assert!(!auth.in_headers(&headers), "another server's cookie");
        let wrong = format!("{}0", &auth.token()[..63]);
        assert!(!auth.matches(&wrong) && !auth.matches("") && !auth.matches(&auth.token()[..63]));
        let (rest, found) = split_token(&auth, &format!("a=1&token={}&b=2", auth.token()));
        assert_eq!((rest.as_str(), found), ("a=1&b=2", true));
        assert!(!split_token(&auth, "token=nope").1);
    }
}
