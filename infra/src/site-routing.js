// CloudFront Function (cloudfront-js-2.0) on the site's viewer requests, never on /v1/*: the
// dashboard is a single-page app, so any path that is not a file gets its index.html, while a
// missing file still answers 403/404 from S3 instead of a page. Kept as plain JavaScript because
// CloudFront runs it as it is; infra/src/site-routing.test.ts runs the same file.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls the function named handler; nothing here does.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSlash = uri.lastIndexOf('/');
  var isFile = uri.indexOf('.', lastSlash) !== -1;
  if (uri === '/docs' || uri === '/docs/') request.uri = '/docs/index.html';
  else if (!isFile) request.uri = '/index.html';
  return request;
}
