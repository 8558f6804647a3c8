package no.planvev.preview;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's own error responses (bad requests it refuses itself): plain, uncached, no details. */
final class PlainErrorHandler extends ErrorHandler {

  PlainErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
    setShowOrigin(false);
    setCacheControl("no-store");
    setDefaultResponseMimeType("text/plain");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    response.getHeaders().put(PreviewHandler.NOSNIFF);
    return super.handle(request, response, callback);
  }
}
