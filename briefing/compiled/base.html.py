from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_canonical_url = resolve('canonical_url')
    l_0_open_graph = resolve('open_graph')
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_json_ld = resolve('json_ld')
    l_0_script_messages = resolve('script_messages')
    l_0_page_route = resolve('page_route')
    l_0_nav_section = resolve('nav_section')
    l_0_nav_topics = resolve('nav_topics')
    l_0_currency = resolve('currency')
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_page_title_lang = resolve('page_title_lang')
    l_0_page_title = resolve('page_title')
    l_0_i18n = missing
    try:
        t_1 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    try:
        t_2 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield from context.blocks['title'][0](context)
    yield '</title>\n<meta name="description" content="'
    yield from context.blocks['description'][0](context)
    yield '">\n<meta name="color-scheme" content="light dark">\n'
    yield from context.blocks['head'][0](context)
    if (t_3((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url)) and (undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url)):
        pass
        yield '<link rel="canonical" href="'
        yield escape((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url))
        yield '">\n'
        for (l_1_property, l_1_content) in context.call(environment.getattr((undefined(name='open_graph') if l_0_open_graph is missing else l_0_open_graph), 'items')):
            _loop_vars = {}
            pass
            yield '<meta property="'
            yield escape(l_1_property)
            yield '" content="'
            yield escape(l_1_content)
            yield '">\n'
        l_1_property = l_1_content = missing
    yield '<link rel="alternate" type="application/atom+xml" title="'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '%(title)s (Atom feed)', title=environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title')))
    yield '" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'FEED')))
    yield '">\n'
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'base.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'alternate_links')))
    yield '\n'
    if (t_3((undefined(name='json_ld') if l_0_json_ld is missing else l_0_json_ld)) and (undefined(name='json_ld') if l_0_json_ld is missing else l_0_json_ld)):
        pass
        yield '<script type="application/ld+json">'
        yield escape((undefined(name='json_ld') if l_0_json_ld is missing else l_0_json_ld))
        yield '</script>\n'
    yield '<link rel="icon" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'ICON')))
    yield '" type="image/svg+xml">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'STYLESHEET')))
    yield '">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'I18N_STYLESHEET')))
    yield '">\n<script type="application/json" id="briefing-messages">'
    yield escape(context.call((undefined(name='script_messages') if l_0_script_messages is missing else l_0_script_messages)))
    yield '</script>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'MESSAGES_SCRIPT')))
    yield '" defer></script>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SEARCH_SCRIPT')))
    yield '" defer></script>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'PREVIEW_SCRIPT')))
    yield '" defer></script>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SCRIPT')))
    yield '" defer></script>\n</head>\n<body id="top">\n<a class="skip-link" href="#main">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Skip to content'))
    yield '</a>\n<header class="site-header">\n  <div class="wrap header-row">\n    <p class="site-title"><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'HOME')))
    yield '">'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), 'site:title'))
    yield '</a></p>\n    <nav class="site-nav" aria-label="'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Main'))
    yield '">\n      <details class="menu">\n        <summary>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Menu'))
    yield '</summary>\n        <ul class="nav-list">\n          <li><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'HOME')))
    yield '"'
    if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) == environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'HOME')):
        pass
        yield ' aria-current="page"'
    yield '>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Overview'))
    yield '</a></li>\n          <li class="nav-group'
    yield escape((' nav-current' if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'topics') else cond_expr_undefined("the inline if-expression on line 41 in 'base.html' evaluated to false and no else section was defined.")))
    yield '"><details><summary>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics'))
    if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'topics'):
        pass
        yield '<span class="visually-hidden"> '
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '(current section)'))
        yield '</span>'
    yield '</summary>\n            <ul>\n'
    for l_1_topic in (undefined(name='nav_topics') if l_0_nav_topics is missing else l_0_nav_topics):
        _loop_vars = {}
        pass
        yield '              <li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_topic, _loop_vars=_loop_vars))
        yield '"'
        if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) == context.call(environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'route_for'), l_1_topic, _loop_vars=_loop_vars)):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield escape(environment.getattr(l_1_topic, 'title'))
        yield '</a></li>\n'
    l_1_topic = missing
    yield '            </ul></details></li>\n          <li'
    if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'timeline'):
        pass
        yield ' class="nav-current"'
    yield '><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'TIMELINE')))
    yield '"'
    if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) == environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'TIMELINE')):
        pass
        yield ' aria-current="page"'
    yield '>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Timeline'))
    yield '</a></li>\n          <li'
    if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'sources'):
        pass
        yield ' class="nav-current"'
    yield '><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SOURCES')))
    yield '"'
    if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) == environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SOURCES')):
        pass
        yield ' aria-current="page"'
    elif ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'sources'):
        pass
        yield ' aria-current="true"'
    yield '>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Sources'))
    yield '</a></li>\n          <li'
    if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'entities'):
        pass
        yield ' class="nav-current"'
    yield '><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'ENTITIES')))
    yield '"'
    if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) == environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'ENTITIES')):
        pass
        yield ' aria-current="page"'
    elif ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'entities'):
        pass
        yield ' aria-current="true"'
    yield '>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Entities'))
    yield '</a></li>\n          <li class="nav-group'
    yield escape((' nav-current' if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'analysis') else cond_expr_undefined("the inline if-expression on line 50 in 'base.html' evaluated to false and no else section was defined.")))
    yield '"><details><summary>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Analysis'))
    if ((undefined(name='nav_section') if l_0_nav_section is missing else l_0_nav_section) == 'analysis'):
        pass
        yield '<span class="visually-hidden"> '
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '(current section)'))
        yield '</span>'
    yield '</summary>\n            <ul>\n'
    for (l_1_route, l_1_label) in [(environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'DISPUTED'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Disputed')), (environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SINGLE_SOURCE'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Single source')), (environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'NUMBERS'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Numbers')), (environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'REGISTER'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Register')), (environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'CHANGES'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Changes')), (environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'PACK'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Briefing pack')), (environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Methodology'))]:
        _loop_vars = {}
        pass
        yield '              <li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_route, _loop_vars=_loop_vars))
        yield '"'
        if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) == l_1_route):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield escape(l_1_label)
        yield '</a></li>\n'
    l_1_route = l_1_label = missing
    yield '            </ul></details></li>\n          '
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'nav_languages')))
    yield '\n        </ul>\n      </details>\n    </nav>\n'
    if ((undefined(name='page_route') if l_0_page_route is missing else l_0_page_route) != environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SEARCH')):
        pass
        yield '    <form class="site-search" role="search" action="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SEARCH')))
        yield '" method="get">\n      <label class="visually-hidden" for="site-search-q">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search the briefing'))
        yield '</label>\n      <input id="site-search-q" name="q" type="search" placeholder="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search'))
        yield '" aria-keyshortcuts="/" autocomplete="off">\n      <button type="submit">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search'))
        yield '</button>\n    </form>\n'
    yield '  </div>\n'
    if (environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner') or (undefined(name='currency') if l_0_currency is missing else l_0_currency)):
        pass
        yield '  <div class="banner" role="note"><div class="wrap">'
        if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner'):
            pass
            yield '<span>'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner'), 'site:banner'))
            yield '</span>'
        if (undefined(name='currency') if l_0_currency is missing else l_0_currency):
            pass
            yield '<span class="currency">'
            l_1_loop = missing
            for l_1_part, l_1_loop in LoopContext((undefined(name='currency') if l_0_currency is missing else l_0_currency), undefined):
                _loop_vars = {}
                pass
                yield '<span>'
                yield escape(l_1_part)
                yield '</span>'
                yield escape((' · ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 69 in 'base.html' evaluated to false and no else section was defined.")))
            l_1_loop = l_1_part = missing
            yield '</span>'
        yield '</div></div>\n'
    yield '</header>\n<main id="main" class="wrap" tabindex="-1">\n'
    if (undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs):
        pass
        yield '<nav class="breadcrumbs" aria-label="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Breadcrumb'))
        yield '"><ol>\n'
        for (l_1_label, l_1_route) in (undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_route, _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_1(l_1_label))
            yield '</a></li>'
        l_1_label = l_1_route = missing
        yield '  <li><span aria-current="page"'
        if (t_3((undefined(name='page_title_lang') if l_0_page_title_lang is missing else l_0_page_title_lang)) and (undefined(name='page_title_lang') if l_0_page_title_lang is missing else l_0_page_title_lang)):
            pass
            yield ' lang="'
            yield escape((undefined(name='page_title_lang') if l_0_page_title_lang is missing else l_0_page_title_lang))
            yield '"'
        yield '>'
        yield escape(t_2(environment, (undefined(name='page_title') if l_0_page_title is missing else l_0_page_title), 60))
        yield '</span></li>\n</ol></nav>\n'
    yield from context.blocks['contents'][0](context)
    yield '<div class="page-body">\n'
    yield from context.blocks['main'][0](context)
    yield '<!--back-to-top-->\n</div>\n</main>\n<footer class="site-footer">\n  <div class="wrap">\n    <p>'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), 'site:title'))
    yield '. '
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Every statement links to the exact passage of its archived source. Claims are attributed to the actors who make them; they are not verified by the editors unless an assessment says so.'))
    yield '</p>\n    <p class="exports">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Take it with you:'))
    yield ' <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'DATA_JSON')))
    yield '" type="application/json">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'all data (JSON)'))
    yield '</a> · <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'DATA_CSV')))
    yield '" type="text/csv">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'facts (CSV, opens in Excel)'))
    yield '</a> · <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'DATA_CSL')))
    yield '" type="application/json">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'sources (CSL-JSON, for Zotero)'))
    yield '</a> · <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'FEED')))
    yield '" type="application/atom+xml">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Atom feed'))
    yield '</a> · <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SEARCH')))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search'))
    yield '</a></p>\n    '
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'switcher')))
    yield '\n'
    yield from context.blocks['footer'][0](context)
    yield '  </div>\n</footer>\n</body>\n</html>\n'

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page_title = resolve('page_title')
    l_0_site = resolve('site')
    pass
    yield escape((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))
    yield ' · '
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page_description = resolve('page_description')
    l_0_site = resolve('site')
    try:
        t_4 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    try:
        t_2 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield escape(((undefined(name='page_description') if l_0_page_description is missing else l_0_page_description) if t_3((undefined(name='page_description') if l_0_page_description is missing else l_0_page_description)) else t_2(environment, t_4(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description')), 200)))

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_contents(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<!--contents-->'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_footer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'description': block_description, 'head': block_head, 'contents': block_contents, 'main': block_main, 'footer': block_footer}
debug_info = '2=46&6=48&7=50&9=52&10=53&11=56&12=58&13=62&16=68&17=72&18=74&19=76&20=79&22=82&23=84&24=86&25=88&26=90&27=92&28=94&29=96&32=98&35=100&36=104&38=106&40=108&41=116&43=125&44=129&47=139&48=151&49=166&50=181&52=190&53=194&56=204&60=206&61=209&62=211&63=213&64=215&68=218&69=221&73=241&74=244&75=246&76=256&79=264&81=266&87=268&88=272&89=294&90=296&6=299&7=313&9=343&79=352&81=362&90=371'
# briefing precompiled template 926c222decb3cc75bbc3eead99dc4740f3b27c7b6a905f884c426d665a571e2e
