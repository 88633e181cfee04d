// Third-party players load only after the visitor agrees: until the button is pressed the page makes no request
// to YouTube or Vimeo. The server wrote the privacy-enhanced address; this only turns it into an iframe.
(function () {
    "use strict";

    document.querySelectorAll("[data-video-consent]").forEach(function (box) {
        var button = box.querySelector("[data-video-consent-button]");
        if (!button) {
            return;
        }

        button.hidden = false;
        button.addEventListener("click", function () {
            var frame = document.createElement("iframe");
            frame.src = box.getAttribute("data-embed-src");
            frame.title = box.getAttribute("data-frame-title");
            frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
            frame.setAttribute("allowfullscreen", "");
            frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
            frame.className = "video-frame";
            box.replaceChildren(frame);
            box.classList.add("video-consent-given");
            frame.focus();
        });
    });
})();
