from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sitemap.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_locations = resolve('locations')
    pass
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    for (l_1_location, l_1_modified) in (undefined(name='locations') if l_0_locations is missing else l_0_locations):
        _loop_vars = {}
        pass
        yield '  <url><loc>'
        yield escape(l_1_location)
        yield '</loc>'
        if l_1_modified:
            pass
            yield '<lastmod>'
            yield escape(l_1_modified)
            yield '</lastmod>'
        yield '</url>\n'
    l_1_location = l_1_modified = missing
    yield '</urlset>\n'

blocks = {}
debug_info = '3=13&4=17'
# briefing precompiled template 94dafb7f287d7c4bc7cf51f4e9014e5b5f467b096bb98be590b2dc5272daa292
