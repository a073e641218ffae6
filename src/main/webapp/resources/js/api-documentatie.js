/*
 * Starts Swagger UI on /api-documentatie/ (a served file, so the page's Content-Security-Policy needs no exception).
 * The document is read only: "Try it out" and the Authorize dialog are off (supportedSubmitMethods: []), because the API
 * takes a bearer token that an integrator's system gets itself (docs/api.md); no token is typed into this page.
 */
(function () {
    'use strict';

    /*
     * Swagger UI's own BaseLayout puts the operations in a second <main> inside the page's <main>, and shows a server
     * choice (one relative server, in a select without a label) and the Authorize button: this layout shows the same
     * parts without them. While the document loads or when it fails, BaseLayout shows its messages.
     */
    function layoutPlugin(system) {
        var h = system.React.createElement;
        function LerendLayout(props) {
            var spec = props.specSelectors;
            var get = props.getComponent;
            var status = spec.loadingStatus();
            if (status === 'loading' || status === 'failed' || status === 'failedConfig' || !spec.specStr()) {
                return h(get('BaseLayout', true));
            }
            var Row = get('Row');
            var Col = get('Col');
            function row(component, className) {
                return h(Row, {className: className}, h(Col, {mobile: 12, desktop: 12}, h(get(component, true))));
            }
            return h('div', {className: 'swagger-ui'}, h(get('SvgAssets')), h(get('errors', true)),
                row('InfoContainer', 'information-container'),
                h('div', {id: 'operations'}, row('operations'), row('Models')));
        }
        function nothing() {
            return null;
        }
        // the lock on each operation opens the same token dialog
        return {components: {LerendLayout: LerendLayout}, wrapComponents: {authorizeOperationBtn: function () { return nothing; }}};
    }

    var container = document.getElementById('swagger-ui');
    SwaggerUIBundle({
        url: container.getAttribute('data-url'),
        domNode: container,
        presets: [SwaggerUIBundle.presets.apis],
        plugins: [layoutPlugin],
        layout: 'LerendLayout',
        // the tags first (a list of all 137 operations is long, and Swagger UI would render it only as one scrolls)
        docExpansion: 'none',
        // no deep links: they put a link inside each operation's toggle button (axe nested-interactive)
        deepLinking: false,
        supportedSubmitMethods: [],
        // no badge image from validator.swagger.io (img-src 'self'), no colours of the highlighter below contrast 4.5:1
        validatorUrl: null,
        syntaxHighlight: false
    });

    /*
     * The response tables have their column headers in <td> cells: named as column headers, so that a screen reader
     * announces "Code" and "Description" with each cell (axe td-has-header). Swagger UI renders them as one opens an operation.
     */
    new MutationObserver(function () {
        container.querySelectorAll('thead td.col_header:not([role])').forEach(function (cell) {
            cell.setAttribute('role', 'columnheader');
        });
    }).observe(container, {childList: true, subtree: true});
}());
