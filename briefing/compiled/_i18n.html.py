from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_i18n.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_helpers = resolve('helpers')
    l_0_text = l_0_text_only = l_0_block = l_0_quote = l_0_alternate_links = l_0_switcher = l_0_nav_languages = l_0_original = l_0_name = l_0_description = missing
    try:
        t_1 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    pass
    l_0_text = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'text')
    context.vars['text'] = l_0_text
    context.exported_vars.add('text')
    l_0_text_only = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'text_only')
    context.vars['text_only'] = l_0_text_only
    context.exported_vars.add('text_only')
    def macro(l_1_value, l_1_key):
        t_2 = []
        l_1_fallback = resolve('fallback')
        l_1_original = l_0_original
        l_1__ = resolve('_')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_key is missing:
            l_1_key = undefined("parameter 'key' was not provided", name='key')
        pass
        l_1_original = context.call((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback), l_1_key)
        if (undefined(name='original') if l_1_original is missing else l_1_original):
            pass
            t_2.extend((
                '<div lang="',
                escape((undefined(name='original') if l_1_original is missing else l_1_original)),
                '">',
                escape(t_1(context, l_1_value)),
                '</div>\n<p class="untranslated">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'This text is not yet translated; it is shown in the original language.')),
                '</p>',
            ))
        else:
            pass
            t_2.append(
                escape(t_1(context, l_1_value)),
            )
        return concat(t_2)
    context.exported_vars.add('block')
    context.vars['block'] = l_0_block = Macro(environment, macro, 'block', ('value', 'key'), False, False, False, context.eval_ctx.autoescape)
    l_0_quote = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'quote')
    context.vars['quote'] = l_0_quote
    context.exported_vars.add('quote')
    l_0_alternate_links = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'alternate_links')
    context.vars['alternate_links'] = l_0_alternate_links
    context.exported_vars.add('alternate_links')
    l_0_switcher = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'switcher')
    context.vars['switcher'] = l_0_switcher
    context.exported_vars.add('switcher')
    l_0_nav_languages = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'nav_languages')
    context.vars['nav_languages'] = l_0_nav_languages
    context.exported_vars.add('nav_languages')
    l_0_original = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'original')
    context.vars['original'] = l_0_original
    context.exported_vars.add('original')
    def macro(l_1_entity, l_1_field):
        t_3 = []
        l_1_fallback = resolve('fallback')
        l_1_original = l_0_original
        l_1_which = missing
        if l_1_entity is missing:
            l_1_entity = undefined("parameter 'entity' was not provided", name='entity')
        if l_1_field is missing:
            l_1_field = 'label'
        pass
        l_1_which = (('short' if environment.getattr(l_1_entity, 'short') else 'name') if (l_1_field == 'label') else l_1_field)
        l_1_original = context.call((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback), markup_join(('entity:', environment.getattr(l_1_entity, 'id'), ':', (undefined(name='which') if l_1_which is missing else l_1_which), )))
        if (undefined(name='original') if l_1_original is missing else l_1_original):
            pass
            t_3.extend((
                '<span lang="',
                escape((undefined(name='original') if l_1_original is missing else l_1_original)),
                '">',
                escape(environment.getitem(l_1_entity, (undefined(name='which') if l_1_which is missing else l_1_which))),
                '</span>',
            ))
        else:
            pass
            t_3.append(
                escape(environment.getitem(l_1_entity, (undefined(name='which') if l_1_which is missing else l_1_which))),
            )
        return concat(t_3)
    context.exported_vars.add('name')
    context.vars['name'] = l_0_name = Macro(environment, macro, 'name', ('entity', 'field'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entity):
        t_4 = []
        l_1_fallback = resolve('fallback')
        l_1_original = l_0_original
        if l_1_entity is missing:
            l_1_entity = undefined("parameter 'entity' was not provided", name='entity')
        pass
        l_1_original = context.call((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback), markup_join(('entity:', environment.getattr(l_1_entity, 'id'), ':description', )))
        if (undefined(name='original') if l_1_original is missing else l_1_original):
            pass
            t_4.extend((
                '<div lang="',
                escape((undefined(name='original') if l_1_original is missing else l_1_original)),
                '">',
                escape(t_1(context, environment.getattr(l_1_entity, 'description'))),
                '</div>',
            ))
        else:
            pass
            t_4.append(
                escape(t_1(context, environment.getattr(l_1_entity, 'description'))),
            )
        return concat(t_4)
    context.exported_vars.add('description')
    context.vars['description'] = l_0_description = Macro(environment, macro, 'description', ('entity',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '9=19&10=22&13=25&14=35&15=36&16=44&17=50&22=55&29=58&30=61&31=64&35=67&39=70&40=80&41=81&42=82&46=99&47=106&48=107'
# briefing precompiled template 6abb6ea220d36baac4243594e16512828577639d9cd3695814db372fe09a4ced
